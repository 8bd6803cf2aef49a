package vn.congdoan.sangkien.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
@DisplayName("Appointments through the API, written to the real Keycloak and to the audit log (R-5.1)")
class AppointmentsApiTest {

	static final String DA_NANG = "CDCS-48-0001";

	@Autowired
	ApiClient api;

	@Autowired
	KeycloakAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	SharedRows log;

	@BeforeEach
	void keepTheLog() {
		log = SharedRows.keep(jdbc, "appointment_log", "true");
	}

	@AfterEach
	void restoreTheLog() {
		log.restore();
	}

	@Test
	@DisplayName("the grassroots union officer appoints a member to its council and removes them; each change is logged")
	void officerAppointsAndRemovesCouncil() {
		ApiClient.Response appointed = api.post("canbo.dn", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"council\"}");

		assertThat(appointed.statusCode()).as("%s", appointed.body()).isEqualTo(204);
		assertThat(pairsOf("tacgia.dn")).containsExactlyInAnyOrder("author:" + DA_NANG, "council:" + DA_NANG);

		ApiClient.Response removed = api.delete("canbo.dn", "/api/units/" + DA_NANG + "/appointments/council/tacgia.dn");

		assertThat(removed.statusCode()).as("%s", removed.body()).isEqualTo(204);
		assertThat(pairsOf("tacgia.dn")).containsExactly("author:" + DA_NANG);
		assertThat(jdbc.queryForList("select action || ' ' || role || ':' || unit_code || ' ' || username || ' by ' || actor "
				+ "from appointment_log order by id", String.class)).endsWith(
						"appointed council:" + DA_NANG + " tacgia.dn by canbo.dn",
						"removed council:" + DA_NANG + " tacgia.dn by canbo.dn");
	}

	@Test
	@DisplayName("an officer of another union, a unit outside one's subtree, an unknown unit, account or role: refused, nothing changes")
	void refusalsChangeNothing() {
		long before = logged();

		assertProblem(api.post("canbo.hn", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"council\"}"), 403, "appointment.outside-subtree");
		assertProblem(api.post("hoidong.dn", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"support-team\"}"), 403, "appointment.outside-subtree");
		assertProblem(api.post("khenthuong.caugiay", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"union-officer\"}"), 403, "appointment.outside-subtree");
		assertProblem(api.post("canbo.dn", "/api/units/CDCS-99-9999/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"council\"}"), 404, "appointment.unit.unknown");
		assertProblem(api.post("canbo.dn", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"khong.co.ai\",\"role\":\"council\"}"), 404, "appointment.account.unknown");
		assertProblem(api.post("canbo.dn", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"programme-office\"}"), 400, "appointment.role.not-appointable");
		assertProblem(api.delete("canbo.dn", "/api/units/" + DA_NANG + "/appointments/council/tacgia.dn"), 404,
				"appointment.not-held");

		assertThat(pairsOf("tacgia.dn")).containsExactly("author:" + DA_NANG);
		assertThat(logged()).isEqualTo(before);
	}

	@Test
	@DisplayName("a direct-superior union appoints the officer of its grassroots union, not of another district's")
	void superiorAppointsOfficersOfItsSubUnits() {
		assertProblem(api.post("khenthuong.caugiay", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"hotro.dn\",\"role\":\"union-officer\"}"), 403, "appointment.outside-subtree");

		assertThat(api.post("khenthuong.haichau", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"hotro.dn\",\"role\":\"union-officer\"}").statusCode()).isEqualTo(204);
		assertThat(pairsOf("hotro.dn")).containsExactlyInAnyOrder("support-team:" + DA_NANG, "union-officer:" + DA_NANG);
		assertThat(api.delete("khenthuong.haichau", "/api/units/" + DA_NANG + "/appointments/union-officer/hotro.dn")
			.statusCode()).isEqualTo(204);
		assertThat(pairsOf("hotro.dn")).containsExactly("support-team:" + DA_NANG);
	}

	private List<String> pairsOf(String username) {
		Map<String, Object> account = accounts.find(username).orElseThrow();
		return KeycloakAccounts.unitRolesOf(account);
	}

	private long logged() {
		return jdbc.queryForObject("select count(*) from appointment_log", Long.class);
	}

	private static void assertProblem(ApiClient.Response response, int status, String code) {
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
		assertThat(response.body().path("code").asText()).isEqualTo(code);
	}
}
