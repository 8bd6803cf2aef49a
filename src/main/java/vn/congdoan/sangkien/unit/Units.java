package vn.congdoan.sangkien.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The union tree. The only SQL on the {@code unit} table: other modules keep their rows per unit code and
 * ask here for the units themselves (a subtree as codes, never as a join on this table).
 */
public interface Units extends Repository<Unit, String> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByCodeIn(Collection<String> codes);

	List<Unit> findByLevelOrderByName(UnitLevel level);

	List<Unit> findByLevelOrderByCode(UnitLevel level);

	/** VGCL, the root of the tree: its code is data (the union's own file), not a constant of the code. */
	default Unit national() {
		return findByLevelOrderByCode(UnitLevel.NATIONAL).stream().findFirst()
			.orElseThrow(() -> new IllegalStateException("The union tree has no national unit (level NATIONAL)"));
	}

	/** The direct sub-units of a unit (indexed by parent). */
	List<Unit> findByParentCodeOrderByCode(String parentCode);

	/** The units put into an emulation cluster or bloc. */
	List<Unit> findByClusterCodeNotNullOrderByCode();

	/** The unit itself and every unit above it, up to VGCL, nearest first. */
	@Query(value = """
			with recursive chain(code, parent_code, depth) as (
			    select code, parent_code, 0 from unit where code = :code
			    union all
			    select u.code, u.parent_code, c.depth + 1 from unit u join chain c on u.code = c.parent_code
			)
			select code from chain order by depth""", nativeQuery = true)
	List<String> selfAndAncestors(String code);

	/**
	 * The unit itself and every unit below it: a province or sector union's whole subtree. Grassroots unions
	 * have none below them, so the walk does not look (5 ms rather than 27 for a province of 1,650 unions).
	 */
	@Query(value = """
			with recursive subtree(code, level) as (
			    select code, level from unit where code = :code
			    union all
			    select u.code, u.level from unit u join subtree s on u.parent_code = s.code
			    where s.level <> 'GRASSROOTS'
			)
			select code from subtree""", nativeQuery = true)
	List<String> selfAndDescendants(String code);

	/** puts a unit directly under VGCL into a cluster or bloc; 0 when it is no such unit. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Unit u set u.clusterCode = :clusterCode where u.code = :code and u.level = vn.congdoan.sangkien.unit.UnitLevel.LEVEL2")
	int putIntoCluster(String code, String clusterCode);
}
