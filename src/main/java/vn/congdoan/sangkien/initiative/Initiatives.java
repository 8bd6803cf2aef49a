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

	/**
	 * Holds the author's quotas until the transaction ends (a lock on their name, not on a row): their
	 * simultaneous requests count their drafts and files one after the other, so none slips past a quota.
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(hashtext('author:' || :username))) held", nativeQuery = true)
	int lockAuthor(String username);

	/** An author's drafts, counted on their index. */
	@Query(value = "select count(*) from initiative where author_username = :username and status = 'DRAFT'", nativeQuery = true)
	long countDraftsOf(String username);

	/** The bytes of the files on all the initiatives an author wrote: the author's index, then each one's files. */
	@Query(value = """
			select coalesce(sum(a.size_bytes), 0) from initiative i join attachment a on a.initiative_id = i.id
			where i.author_username = :username""", nativeQuery = true)
	long attachmentBytesOf(String username);

	/**
	 * A page of the ids of what a user authored or is credited on as a co-author, newest first: a union of
	 * two index lookups (author; contributor's username), as an {@code or exists} would read every row.
	 */
	@Query(value = """
			select id from (
			    select i.id, i.created_at from initiative i where i.author_username = :username
			    union
			    select i.id, i.created_at from contributor c join initiative i on i.id = c.initiative_id
			    where c.username = :username
			) mine
			order by created_at desc, id desc
			offset :first limit :max""", nativeQuery = true)
	List<Long> idsAuthoredOrCoAuthoredBy(String username, long first, int max);

	/** How many initiatives a user authored or co-authored: the same two index lookups, counted. */
	@Query(value = """
			select count(*) from (
			    select i.id from initiative i where i.author_username = :username
			    union
			    select c.initiative_id from contributor c where c.username = :username
			) mine""", nativeQuery = true)
	long countAuthoredOrCoAuthoredBy(String username);
}
