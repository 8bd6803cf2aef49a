package vn.congdoan.sangkien.initiative;

import java.util.List;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Initiatives extends Repository<Initiative, Long> {

	Initiative save(Initiative initiative);

	/** With its contributors, which every view of an initiative shows. */
	@EntityGraph(attributePaths = "contributors")
	Optional<Initiative> findById(Long id);

	@EntityGraph(attributePaths = "contributors")
	List<Initiative> findByIdIn(Collection<Long> ids);

	void delete(Initiative initiative);

	long count();

	/** Holds the initiative's row until the transaction ends: concurrent additions to it wait their turn. */
	@Query(value = "select id from initiative where id = :id for update", nativeQuery = true)
	Optional<Long> lock(long id);

	/** What a user authored or is credited on as a co-author. */
	@Query("""
			select distinct i from Initiative i left join fetch i.contributors
			where i.authorUsername = :username
			   or exists (select c from Contributor c where c.initiative = i and c.username = :username)
			order by i.createdAt desc""")
	List<Initiative> authoredOrCoAuthoredBy(String username);
}
