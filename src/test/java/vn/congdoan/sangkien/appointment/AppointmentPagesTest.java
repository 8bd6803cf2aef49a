package vn.congdoan.sangkien.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;
import vn.congdoan.sangkien.Steps;

/**
 * on the unit's page, signed in on Keycloak's page: the officer sees who holds which role, appoints and
 * removes with the page's forms (CSRF token and all), and reads the audit log; no one else sees the page.
 */
@PlatformTest
@DisplayName("The unit's appointment page: who holds which role, appoint, remove, the log; refused outside one's unit (R-5.1)")
class AppointmentPagesTest {

	static final String DA_NANG = "CDCS-48-0001";

	static final String PAGE = "/units/" + DA_NANG + "/appointments";

	@LocalServerPort
	int port;

	@Autowired
	KeycloakAccounts accounts;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

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
	@DisplayName("the union officer sees its support team and council, appoints a member to the council, sees them and the log, removes them")
	void officerAppointsAndRemovesOnThePage() throws Exception {
		LoginSession officer = new LoginSession(port);

		HttpResponse<String> page = officer.signInAt(PAGE, "canbo.dn");

		assertThat(page.statusCode()).as("%s %s", page.uri(), page.body()).isEqualTo(200);
		assertThat(sectionOf(page.body(), "council")).contains("hoidong.dn").doesNotContain("tacgia.dn");
		assertThat(sectionOf(page.body(), "support-team")).contains("hotro.dn");
		assertThat(page.body()).doesNotContain("id=\"post-union-officer\"");

		HttpResponse<String> appointed = officer.postForm(PAGE, "username=tacgia.dn&role=council");

		assertThat(appointed.statusCode()).isEqualTo(200);
		assertThat(appointed.body()).contains("Đã bổ nhiệm tacgia.dn: Hội đồng sáng kiến.");
		assertThat(sectionOf(appointed.body(), "council")).contains("hoidong.dn", "tacgia.dn", "Trần Thị Bình");
		assertThat(appointed.body()).contains("Bổ nhiệm tacgia.dn: Hội đồng sáng kiến");
		assertThat(pairsOf("tacgia.dn")).containsExactlyInAnyOrder("author:" + DA_NANG, "council:" + DA_NANG);

		HttpResponse<String> removed = officer.postForm(PAGE + "/council/tacgia.dn/remove", "");

		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(removed.body()).contains("Đã bãi nhiệm tacgia.dn: Hội đồng sáng kiến.");
		assertThat(sectionOf(removed.body(), "council")).contains("hoidong.dn").doesNotContain("tacgia.dn");
		assertThat(pairsOf("tacgia.dn")).containsExactly("author:" + DA_NANG);
	}

	@Test
	@DisplayName("the last council member with an initiative waiting: the page says why not and where the initiatives stay")
	void lastCouncilMemberOnThePage() throws Exception {
		long waiting = InitiativeDrafts.submitted(api, "tacgia.dn", "Chờ hội đồng: trên trang bổ nhiệm");
		steps.complete("hotro.dn", waiting, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		LoginSession officer = new LoginSession(port);
		officer.signInAt(PAGE, "canbo.dn");

		HttpResponse<String> refused = officer.postForm(PAGE + "/council/hoidong.dn/remove", "");

		assertThat(refused.body()).contains("id=\"appointment-problem\"", "appointment.last-council",
				"hãy bổ nhiệm thành viên mới trước");
		assertThat(sectionOf(refused.body(), "council")).contains("hoidong.dn");
		assertThat(pairsOf("hoidong.dn")).containsExactly("council:" + DA_NANG);
		assertThat(api.post("tacgia.dn", "/api/initiatives/" + waiting + "/withdraw", "{\"reason\":\"Hết thử\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("the officer of another union, and the council member of this one, get the refusal page (403)")
	void othersAreRefused() throws Exception {
		for (String username : List.of("canbo.hn", "hoidong.dn")) {
			HttpResponse<String> page = new LoginSession(port).signInAt(PAGE, username);

			assertThat(page.statusCode()).as(username).isEqualTo(403);
			assertThat(page.body()).contains("appointment.outside-subtree").doesNotContain("hotro.dn");
		}
	}

	/** The part of the page that lists the holders of one role. */
	private static String sectionOf(String page, String role) {
		int start = page.indexOf("id=\"post-" + role + "\"");
		assertThat(start).as("a section for %s", role).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private List<String> pairsOf(String username) {
		return KeycloakAccounts.unitRolesOf(accounts.find(username).orElseThrow());
	}
}
