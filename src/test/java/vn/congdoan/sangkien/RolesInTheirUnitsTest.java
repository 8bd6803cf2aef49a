package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * a role is held in a unit. For each role, a pair in unit A gives nothing in unit B, through the API
 * with real Keycloak tokens (the demo users hold one pair each; {@code kiemnhiem.hn} is council in the Hà Nội
 * union and only author in the Đà Nẵng one).
 */
@PlatformTest
@DisplayName("A role held in one unit gives nothing in another (R-5.1)")
class RolesInTheirUnitsTest {

	static final String HA_NOI = "CDCS-01-0001";

	static final String DA_NANG = "CDCS-48-0001";

	static final String TWO_POSTS = "kiemnhiem.hn";

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	InitiativeAccess access;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("council in Hà Nội and author in Đà Nẵng: decides Hà Nội's council tasks only, and sees nothing of Đà Nẵng's")
	void councilInOneUnionAuthorInAnother() {
		long hanoi = inCouncil("tacgia.hn", "Kiêm nhiệm: sáng kiến của Hà Nội");
		long danang = inCouncil("tacgia.dn", "Kiêm nhiệm: sáng kiến của Đà Nẵng");

		assertThat(inbox(TWO_POSTS)).contains(hanoi).doesNotContain(danang);
		assertThat(inbox("hoidong.dn")).contains(danang).doesNotContain(hanoi);
		assertProblem(api.post(TWO_POSTS, "/api/tasks/" + steps.taskOf(danang, "councilRecognition").getId() + "/claim", null),
				403, "task.not-yours");
		assertThat(steps.taskOf(danang, "councilRecognition").getAssignee()).isNull();
		assertThat(api.get(TWO_POSTS, "/api/initiatives/" + hanoi).statusCode()).isEqualTo(200);
		assertProblem(api.get(TWO_POSTS, "/api/initiatives/" + danang), 403, "initiative.not-visible");
	}

	@Test
	@DisplayName("the same on the pages, signed in on Keycloak's page: Hà Nội's initiative opens, Đà Nẵng's is refused")
	void councilInOneUnionOnThePages() throws Exception {
		long hanoi = inCouncil("tacgia.hn", "Kiêm nhiệm trên trang: Hà Nội");
		long danang = inCouncil("tacgia.dn", "Kiêm nhiệm trên trang: Đà Nẵng");
		LoginSession browser = new LoginSession(port);

		HttpResponse<String> inbox = browser.signInAt("/inbox", TWO_POSTS);

		assertThat(inbox.statusCode()).as("%s %s", inbox.uri(), inbox.body()).isEqualTo(200);
		assertThat(inbox.body()).contains("council:" + HA_NOI).doesNotContain("council:" + DA_NANG);
		assertThat(browser.get("/initiatives/" + hanoi).statusCode()).isEqualTo(200);
		assertThat(browser.get("/initiatives/" + danang).statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("council in Hà Nội and author in Đà Nẵng: writes for Đà Nẵng only, Hà Nội is refused and nothing is written")
	void writesOnlyWhereAuthor() {
		long before = initiativeCount();

		ApiClient.Response inHanoi = api.post(TWO_POSTS, "/api/initiatives",
				"{\"title\":\"Không phải đơn vị của tôi\",\"unitCode\":\"" + HA_NOI + "\"}");

		assertProblem(inHanoi, 403, "initiative.unit.not-member");
		assertThat(initiativeCount()).isEqualTo(before);
		ApiClient.Response own = api.post(TWO_POSTS, "/api/initiatives", "{\"title\":\"Đơn vị của tôi\"}");
		assertThat(own.statusCode()).as("%s", own.body()).isEqualTo(201);
		assertThat(own.body().path("unitCode").asText()).isEqualTo(DA_NANG);
		assertThat(api.delete(TWO_POSTS, "/api/initiatives/" + own.body().path("id").asLong()).statusCode()).isEqualTo(204);
	}

	@Test
	@DisplayName("council in Hà Nội and author in Đà Nẵng: the timeline has them submit in Đà Nẵng as author, decide in Hà Nội as council")
	void timelineNamesTheRolesHeldInTheUnit() {
		long own = InitiativeDrafts.submitted(api, TWO_POSTS, "Kiêm nhiệm: vai trò trên diễn biến");
		long hanoi = inCouncil("tacgia.hn", "Kiêm nhiệm: hội đồng Hà Nội quyết định");

		steps.complete(TWO_POSTS, hanoi, "councilRecognition",
				"{\"councilDecision\":\"refuse\",\"exclusion\":\"R-3.2\",\"councilReason\":\"Là nhiệm vụ được giao\"}");

		assertThat(rolesOnTimeline(own, "submit")).isEqualTo("author");
		assertThat(rolesOnTimeline(hanoi, "councilRecognition")).isEqualTo("council");
		assertThat(StreamSupport.stream(api.get(TWO_POSTS, "/api/initiatives/" + own).body().path("timeline").spliterator(), false)
			.filter(entry -> TWO_POSTS.equals(entry.path("actor").asText()))
			.map(entry -> entry.path("actorRoles").asText())).as("the API's timeline").containsExactly("author");
		assertThat(api.post(TWO_POSTS, "/api/initiatives/" + own + "/withdraw", "{\"reason\":\"Hết thử\"}").statusCode())
			.isEqualTo(200);
	}

	@Test
	@DisplayName("support team: Đà Nẵng's neither sees nor decides Hà Nội's review")
	void supportTeam() {
		long hanoi = InitiativeDrafts.submitted(api, "tacgia.hn", "Tổ hỗ trợ: chỉ đơn vị mình");

		assertThat(inbox("hotro.dn")).doesNotContain(hanoi);
		assertThat(inbox("hotro.hn")).contains(hanoi);
		assertProblem(api.get("hotro.dn", "/api/initiatives/" + hanoi), 403, "initiative.not-visible");
		assertProblem(api.post("hotro.dn", "/api/tasks/" + steps.taskOf(hanoi, "supportTeamReview").getId() + "/complete",
				"{\"supportTeamDecision\":\"accept\"}"), 403, "task.not-yours");
		assertThat(steps.taskOf(hanoi, "supportTeamReview").getAssignee()).isNull();
	}

	@Test
	@DisplayName("council: Đà Nẵng's neither sees nor decides Hà Nội's recognition")
	void council() {
		long hanoi = inCouncil("tacgia.hn", "Hội đồng: chỉ đơn vị mình");

		assertThat(inbox("hoidong.dn")).doesNotContain(hanoi);
		assertProblem(api.get("hoidong.dn", "/api/initiatives/" + hanoi), 403, "initiative.not-visible");
		assertProblem(api.post("hoidong.dn", "/api/tasks/" + steps.taskOf(hanoi, "councilRecognition").getId() + "/complete",
				Steps.RECOGNISE), 403, "task.not-yours");
		assertThat(steps.taskOf(hanoi, "councilRecognition").getAssignee()).isNull();
	}

	@Test
	@DisplayName("union officer: Đà Nẵng's neither uploads, sees nor proposes Hà Nội's initiative, nor sets its targets")
	void unionOfficer() {
		long hanoi = inCouncil("tacgia.hn", "Cán bộ công đoàn: chỉ đơn vị mình");
		steps.complete("hoidong.hn", hanoi, "councilRecognition", Steps.RECOGNISE);

		assertThat(inbox("canbo.dn")).doesNotContain(hanoi);
		assertThat(inbox("canbo.hn")).contains(hanoi);
		assertProblem(api.post("canbo.dn", "/api/tasks/" + steps.taskOf(hanoi, "portalUpload").getId() + "/complete",
				"{\"uploadedToPortal\":true}"), 403, "task.not-yours");
		steps.complete("canbo.hn", hanoi, "portalUpload", "{\"uploadedToPortal\":true}");
		assertProblem(api.post("canbo.dn", "/api/initiatives/" + hanoi + "/commendation", "{}"), 403,
				"initiative.not-visible");
		assertProblem(api.put("canbo.caugiay", "/api/targets/" + DA_NANG + "/2022-Q4", "{\"count\":5}"), 403,
				"target.outside-subtree");
	}

	@Test
	@DisplayName("commendation approver: Hải Châu's sees nothing of Cầu Giấy's subtree and sets none of its targets")
	void commendationApprover() {
		long hanoi = InitiativeDrafts.submitted(api, "tacgia.hn", "Xét khen thưởng: chỉ cây đơn vị mình");

		assertThat(api.get("khenthuong.caugiay", "/api/initiatives/" + hanoi).statusCode()).isEqualTo(200);
		assertProblem(api.get("khenthuong.haichau", "/api/initiatives/" + hanoi), 403, "initiative.not-visible");
		assertProblem(api.put("khenthuong.haichau", "/api/targets/" + HA_NOI + "/2022-Q4", "{\"count\":5}"), 403,
				"target.outside-subtree");
	}

	@Test
	@DisplayName("VGCL Office: held in the national unit it sees every union's initiative; held in a province, not another province's")
	void programmeOffice() {
		long hanoi = InitiativeDrafts.submitted(api, "tacgia.hn", "Văn phòng: theo đơn vị nắm giữ");
		PlatformUser danangOffice = PlatformUser.of("vanphong.dn", "Văn phòng Đà Nẵng", Role.PROGRAMME_OFFICE, "LDLD-48");
		PlatformUser hanoiOffice = PlatformUser.of("vanphong.hn", "Văn phòng Hà Nội", Role.PROGRAMME_OFFICE, "LDLD-01");

		assertThat(api.get("vanphong.tld", "/api/initiatives/" + hanoi).statusCode()).isEqualTo(200);
		assertThat(access.visibleTo(hanoiOffice, hanoi).getId()).isEqualTo(hanoi);
		ProblemException refused = assertThrows(ProblemException.class, () -> access.visibleTo(danangOffice, hanoi));
		assertThat(refused.code()).isEqualTo("initiative.not-visible");
	}

	/** Submitted by the author and accepted by their own support team: waits for their own council. */
	private long inCouncil(String author, String title) {
		long id = InitiativeDrafts.submitted(api, author, title);
		steps.complete(author.equals("tacgia.hn") ? "hotro.hn" : "hotro.dn", id, "supportTeamReview",
				"{\"supportTeamDecision\":\"accept\"}");
		return id;
	}

	private List<Long> inbox(String username) {
		ApiClient.Response response = api.get(username, "/api/tasks?max=200");
		assertThat(response.statusCode()).isEqualTo(200);
		return StreamSupport.stream(response.body().spliterator(), false)
			.map(task -> task.path("initiativeId").asLong())
			.toList();
	}

	private static void assertProblem(ApiClient.Response response, int status, String code) {
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
		if (code != null) {
			assertThat(response.body().path("code").asText()).isEqualTo(code);
		}
	}

	private String rolesOnTimeline(long initiativeId, String step) {
		return jdbc.queryForObject("select actor_roles from decision where initiative_id = ? and step = ? and actor = ?",
				String.class, initiativeId, step, TWO_POSTS);
	}

	private long initiativeCount() {
		return jdbc.queryForObject("select count(*) from initiative", Long.class);
	}
}
