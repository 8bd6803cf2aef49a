package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * Who gets each page: signed in through the real Keycloak, every page is asked for by people of
 * different roles and units. "login" means the page sent them to Keycloak's login page.
 */
@PlatformTest
@DisplayName("Every page's authorization: who gets it, who gets 403, who is sent to log in")
class PageAuthorizationTest {

	private static final String LOGIN = "login";

	private static final String[] PEOPLE = { "tacgia.hn", "tacgia.dn", "hotro.hn", "hotro.dn", "canbo.caugiay",
			"vanphong.tld" };

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	TaskService taskService;

	@Test
	@DisplayName("public, signed-in, author-only, own-unit and own-group pages")
	void pagesByRoleAndUnit() throws Exception {
		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Băng tải phân loại linh kiện");
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Bản nháp riêng", "tacgia.hn",
				"Nguyễn Văn An"));
		String task = steps.taskOf(submitted, "supportTeamReview").getId();
		long attachment = api.upload("tacgia.hn", "/api/initiatives/" + draft + "/attachments", "ban-ve.png", "image/png",
				InitiativeDrafts.PNG).body().path("id").asLong();

		Map<String, String[]> expected = new LinkedHashMap<>();
		// anonymous, then PEOPLE in order
		expected.put("/", row("200", "200", "200", "200", "200", "200", "200"));
		expected.put("/leaderboards", row("200", "200", "200", "200", "200", "200", "200"));
		expected.put("/initiatives", row("200", "200", "200", "200", "200", "200", "200"));
		expected.put("/inbox", row(LOGIN, "200", "200", "200", "200", "200", "200"));
		expected.put("/my-initiatives", row(LOGIN, "200", "200", "200", "200", "200", "200"));
		expected.put("/initiatives/new", row(LOGIN, "200", "200", "403", "403", "403", "403"));
		// The VGCL Office reads every submitted initiative.
		expected.put("/initiatives/" + submitted, row(LOGIN, "200", "403", "200", "403", "200", "200"));
		expected.put("/initiatives/" + draft, row(LOGIN, "200", "403", "403", "403", "403", "403"));
		expected.put("/initiatives/" + draft + "/attachments/" + attachment, row(LOGIN, "200", "403", "403", "403", "403", "403"));
		expected.put("/initiatives/" + draft + "/edit", row(LOGIN, "200", "403", "403", "403", "403", "403"));
		expected.put("/initiatives/" + submitted + "/edit", row(LOGIN, "409", "403", "403", "403", "403", "403"));
		expected.put("/tasks/" + task, row(LOGIN, "403", "403", "200", "403", "403", "403"));
		expected.put("/dashboard", row(LOGIN, "403", "403", "403", "403", "200", "200"));
		expected.put("/dashboard?unit=CDCS-01-0001", row(LOGIN, "403", "403", "403", "403", "200", "200"));
		expected.put("/dashboard?unit=CDCS-48-0001", row(LOGIN, "403", "403", "403", "403", "403", "200"));
		expected.put("/dashboard?unit=LDLD-01", row(LOGIN, "403", "403", "403", "403", "403", "200"));
		expected.put("/portal-uploads", row(LOGIN, "403", "403", "403", "403", "200", "403"));
		expected.put("/office", row(LOGIN, "403", "403", "403", "403", "403", "200"));
		expected.put("/notifications", row(LOGIN, "200", "200", "200", "200", "200", "200"));
		expected.put("/notifications/settings", row(LOGIN, "200", "200", "200", "200", "200", "200"));
		// The link of an e-mail asks first; its signature is checked when the reader confirms.
		expected.put("/notifications/unsubscribe?u=tacgia.hn&k=DECISION&s=x", row("200", "200", "200", "200", "200", "200", "200"));
		expected.put("/ideas", row(LOGIN, "200", "200", "200", "200", "200", "200"));
		expected.put("/ideas/new", row(LOGIN, "200", "200", "403", "403", "403", "403"));
		// A union's ideas: its support team and officers only.
		expected.put("/units/CDCS-01-0001/ideas", row(LOGIN, "403", "403", "200", "403", "403", "403"));

		Map<String, LoginSession> sessions = new LinkedHashMap<>();
		for (String person : PEOPLE) {
			LoginSession session = new LoginSession(port);
			HttpResponse<String> landed = session.signInAt("/my-initiatives", person);
			assertThat(landed.statusCode()).as("%s signs in", person).isEqualTo(200);
			sessions.put(person, session);
		}
		SoftAssertions softly = new SoftAssertions();
		expected.forEach((path, outcomes) -> {
			softly.assertThat(outcome(new LoginSession(port), path)).as("anonymous %s", path).isEqualTo(outcomes[0]);
			for (int i = 0; i < PEOPLE.length; i++) {
				softly.assertThat(outcome(sessions.get(PEOPLE[i]), path)).as("%s %s", PEOPLE[i], path).isEqualTo(outcomes[i + 1]);
			}
		});
		softly.assertAll();
	}

	@Test
	@DisplayName("what a page sends is refused to another unit and changes nothing: completing a task, withdrawing")
	void formsOfAnotherUnitAreRefused() throws Exception {
		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Móc treo dụng cụ trên xe đẩy");
		String task = steps.taskOf(submitted, "supportTeamReview").getId();
		LoginSession otherSupportTeam = new LoginSession(port);
		otherSupportTeam.signInAt("/inbox", "hotro.dn");
		LoginSession otherAuthor = new LoginSession(port);
		otherAuthor.signInAt("/my-initiatives", "tacgia.dn");

		HttpResponse<String> completed = otherSupportTeam.postForm("/tasks/" + task, "supportTeamDecision=accept");
		HttpResponse<String> withdrawn = otherAuthor.postForm("/initiatives/" + submitted + "/withdraw", "reason=x");

		assertThat(completed.statusCode()).isEqualTo(403);
		assertThat(completed.body()).contains("không thuộc nhóm của bạn");
		assertThat(withdrawn.statusCode()).isEqualTo(403);
		assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task is still there").isEqualTo(1);
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + submitted).body().path("status").asText())
			.isEqualTo("IN_SUPPORT_REVIEW");
	}

	private static String[] row(String... outcomes) {
		return outcomes;
	}

	private static String outcome(LoginSession session, String path) {
		try {
			HttpResponse<String> response = session.get(path);
			return response.uri().toString().startsWith(session.baseUrl()) ? String.valueOf(response.statusCode()) : LOGIN;
		}
		catch (Exception e) {
			throw new IllegalStateException(path, e);
		}
	}
}
