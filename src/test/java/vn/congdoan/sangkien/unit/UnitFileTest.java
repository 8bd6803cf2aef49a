package vn.congdoan.sangkien.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.system.RowProblem;
import vn.congdoan.sangkien.system.TableFile;
import vn.congdoan.sangkien.unit.UnitTree.Place;

@DisplayName("A file of units is checked whole: every wrong cell named by row, column and reason")
class UnitFileTest {

	/** VGCL, one province, one district union with one grassroots union: the tree already stored. */
	static final Map<String, Place> STORED = Map.of(
			"TLD", new Place(UnitLevel.NATIONAL, null),
			"LDLD-01", new Place(UnitLevel.LEVEL2, "TLD"),
			"CTTT-01-001", new Place(UnitLevel.DIRECT_SUPERIOR, "LDLD-01"),
			"CDCS-01-0001", new Place(UnitLevel.GRASSROOTS, "CTTT-01-001"),
			"LDLD-02", new Place(UnitLevel.LEVEL2, "TLD"),
			"CTTT-02-001", new Place(UnitLevel.DIRECT_SUPERIOR, "LDLD-02"));

	static final Set<String> CLUSTERS = Set.of("CUM-01");

	static final CountedUnits NOTHING_COUNTED = codes -> Set.of();

	static final String HEADER = "code,name,parent_code,level,cluster_code,member_count\n";

	@Test
	@DisplayName("a valid file: new units under the file's own and the stored parents, parents first, with their counts")
	void valid() {
		UnitFile file = check("""
				CDCS-01-0002,"Công đoàn cơ sở Công ty A, Hà Nội",CTTT-01-002,4,,1.200
				CTTT-01-002,Công đoàn KCN Bắc Thăng Long,LDLD-01,3,,0
				LDLD-01,LĐLĐ thành phố Hà Nội,TLD,2,CUM-01,2000000
				""", NOTHING_COUNTED);

		assertThat(file.problems()).isEmpty();
		assertThat(file.units()).extracting(UnitFile.ImportedUnit::code, UnitFile.ImportedUnit::name, UnitFile.ImportedUnit::memberCount)
			.containsExactly(tuple("LDLD-01", "LĐLĐ thành phố Hà Nội", 2_000_000),
					tuple("CTTT-01-002", "Công đoàn KCN Bắc Thăng Long", 0),
					tuple("CDCS-01-0002", "Công đoàn cơ sở Công ty A, Hà Nội", 1_200));
	}

	@Test
	@DisplayName("a parent neither in the file nor stored is unknown")
	void unknownParent() {
		assertThat(problems("CDCS-09-0001,Công đoàn X,CTTT-09-001,4,,10\n"))
			.containsExactly(tuple(2, "parent", "unit-import.parent.unknown"));
	}

	@Test
	@DisplayName("parents that lead back to the unit are a cycle, told on each of its rows")
	void cycle() {
		assertThat(problems("""
				LDLD-77,Công đoàn A,LDLD-78,2,,10
				LDLD-78,Công đoàn B,LDLD-77,2,,10
				""")).contains(tuple(2, "parent", "unit-import.parent.cycle"), tuple(3, "parent", "unit-import.parent.cycle"));
	}

	@Test
	@DisplayName("a stored unit the file puts under its own sub-unit is a cycle through the stored tree")
	void cycleThroughTheStoredTree() {
		assertThat(problems("LDLD-01,LĐLĐ thành phố Hà Nội,CDCS-01-0001,2,,10\n"))
			.contains(tuple(2, "parent", "unit-import.parent.cycle"));
	}

	@Test
	@DisplayName("a code twice in the file is a duplicate on its second row")
	void duplicate() {
		assertThat(problems("""
				CDCS-01-0002,Công đoàn A,CTTT-01-001,4,,10
				CDCS-01-0002,Công đoàn B,CTTT-01-001,4,,12
				""")).containsExactly(tuple(3, "code", "unit-import.code.duplicate"));
	}

	@Test
	@DisplayName("a level that is unknown, not one below the parent's, changed, or a VGCL with a parent or beside the stored one is wrong")
	void wrongLevels() {
		assertThat(problems("""
				CDCS-01-0002,Công đoàn A,CTTT-01-001,5,,10
				CDCS-01-0003,Công đoàn B,LDLD-01,4,,10
				CTTT-01-001,Công đoàn C,LDLD-01,4,,10
				TLD-2,Tổng Liên đoàn,LDLD-01,1,,10
				TLD-3,Tổng Liên đoàn thứ hai,,1,,10
				""")).containsExactly(tuple(2, "level", "unit-import.level.unknown"),
					tuple(3, "level", "unit-import.level.not-below-parent"),
					tuple(4, "level", "unit-import.level.changed"),
					tuple(4, "level", "unit-import.level.not-below-parent"),
					tuple(5, "level", "unit-import.level.national-has-parent"),
					tuple(5, "level", "unit-import.level.national-exists"),
					tuple(6, "level", "unit-import.level.national-exists"));
	}

	@Test
	@DisplayName("a member count that is negative, not a number or missing is wrong, as is any missing required cell")
	void countsAndMissingCells() {
		assertThat(problems("""
				CDCS-01-0002,Công đoàn A,CTTT-01-001,4,,-5
				CDCS-01-0003,Công đoàn B,CTTT-01-001,4,,"12,5"
				CDCS-01-0004,,,4,,
				""")).containsExactly(tuple(2, "memberCount", "import.count.negative"),
					tuple(3, "memberCount", "import.count.not-a-number"),
					tuple(4, "name", "import.cell.missing"),
					tuple(4, "parent", "import.cell.missing"),
					tuple(4, "memberCount", "import.cell.missing"));
	}

	@Test
	@DisplayName("a cluster must be known and only level-2 units have one")
	void clusters() {
		assertThat(problems("""
				LDLD-02,LĐLĐ tỉnh Hà Giang,TLD,2,CUM-99,10
				CTTT-02-001,Công đoàn huyện,LDLD-02,3,CUM-01,10
				""")).containsExactly(tuple(2, "cluster", "unit-import.cluster.unknown"),
					tuple(3, "cluster", "unit-import.cluster.not-level2"));
	}

	@Test
	@DisplayName("a unit with counted initiatives is not moved to another parent; one without is")
	void countedUnitKeepsItsParent() {
		String moves = "CTTT-01-001,Công đoàn quận Ba Đình,LDLD-02,3,,10\nCTTT-02-001,Công đoàn huyện,LDLD-01,3,,10\n";

		UnitFile file = check(moves, codes -> codes.contains("CTTT-01-001") ? Set.of("CTTT-01-001") : Set.of());

		assertThat(file.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::code)
			.containsExactly(tuple(2, "parent", "unit-import.parent.counted"));
	}

	private static List<org.assertj.core.groups.Tuple> problems(String rows) {
		return check(rows, NOTHING_COUNTED).problems().stream()
			.map(problem -> tuple(problem.row(), problem.column(), problem.code()))
			.toList();
	}

	private static UnitFile check(String rows, CountedUnits counted) {
		List<TableFile.Row> read = TableFile.read("don-vi.csv",
				new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
		return UnitFile.check(read, STORED, CLUSTERS, counted);
	}
}
