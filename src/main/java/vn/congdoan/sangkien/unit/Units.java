package vn.congdoan.sangkien.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The union tree. */
public interface Units extends Repository<Unit, String> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByLevelOrderByName(UnitLevel level);

	/** The unit itself and every unit above it, up to VGCL, nearest first. */
	@Query(value = """
			with recursive chain(code, parent_code, depth) as (
			    select code, parent_code, 0 from unit where code = :code
			    union all
			    select u.code, u.parent_code, c.depth + 1 from unit u join chain c on u.code = c.parent_code
			)
			select code from chain order by depth""", nativeQuery = true)
	List<String> selfAndAncestors(String code);
}
