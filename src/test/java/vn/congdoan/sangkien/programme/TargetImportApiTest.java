package vn.congdoan.sangkien.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;

@PlatformTest
@DisplayName("Targets imported from a file (R-4.4): the rules of a target for every row, the file stored whole or not at all")
class TargetImportApiTest {

	static final String HEADER = "unit_code,period,target\n";

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	SharedRows kept;

	@BeforeEach
	void keepTargets() {
		kept = SharedRows.keep(jdbc, "target", "period = '2022-Q3' and unit_code in ('LDLD-01', 'LDLD-48')");
	}

	@AfterEach
	void leaveTheTargetsAsFound() {
		kept.restore();
	}

	@Test
	@DisplayName("the Office imports the quarter's targets of level-2 units, written as people write numbers")
	void imported() {
		ApiClient.Response done = upload("vanphong.tld", """
				LDLD-01,2022-Q3,4.000
				LDLD-48,2022-Q3,1500
				""");

		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body().path("rows").asInt()).isEqualTo(2);
		assertThat(target("LDLD-01")).isEqualTo(4_000);
		assertThat(target("LDLD-48")).isEqualTo(1_500);
	}

	@Test
	@DisplayName("each wrong row is told (unknown unit, outside what the Office sets, bad period, negative, twice) and nothing is stored")
	void refusedWhole() {
		Integer before = target("LDLD-48");

		ApiClient.Response refused = upload("vanphong.tld", """
				LDLD-48,2022-Q3,1500
				LDLD-99,2022-Q3,10
				CTTT-48-492,2022-Q3,10
				LDLD-01,Q5,10
				LDLD-01,2024-Q1,10
				LDLD-01,2022-Q3,-1
				LDLD-48,2022-Q3,1600
				""");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body().path("rows").findValuesAsText("code")).containsExactly("target.unit.unknown",
				"target.outside-subtree", "target.period.invalid", "target.period.outside-programme", "import.count.negative",
				"target-import.duplicate");
		assertThat(refused.body().path("rows").findValues("row")).extracting(node -> node.asInt()).containsExactly(3, 4, 5, 6, 7, 8);
		assertThat(target("LDLD-48")).as("the good first row not stored either").isEqualTo(before);
	}

	@Test
	@DisplayName("only the VGCL Office imports targets: another role gets 403")
	void othersRefused() {
		assertThat(upload("khenthuong.hn", "CTTT-01-005,2022-Q3,10\n").statusCode()).isEqualTo(403);
	}

	/** The unit's target for 2022-Q3, null when it has none. */
	private Integer target(String unit) {
		return jdbc.query("select initiative_count from target where period = '2022-Q3' and unit_code = ?",
				rs -> rs.next() ? rs.getInt(1) : null, unit);
	}

	private ApiClient.Response upload(String user, String rows) {
		return api.upload(user, "/api/targets/import", "chi-tieu.csv", "text/csv",
				(HEADER + rows).getBytes(StandardCharsets.UTF_8));
	}
}
