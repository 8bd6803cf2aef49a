package vn.congdoan.sangkien.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
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
 * a council member removed while holding a claimed task of the union's council gives it back to the
 * council, in the removal's transaction, and the audit log says so; they can no longer decide it, API and pages.
 */
@PlatformTest
@DisplayName("A removed council member's claimed tasks go back to the council; the member can no longer decide them (R-5.1)")
class RemovedMemberTasksTest {

	static final String HA_NOI = "CDCS-01-0001";

	/** Council in Hà Nội and author in Đà Nẵng: removed from the council, they keep a post (no welcome page). */
	static final String REMOVED = "kiemnhiem.hn";

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	KeycloakAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	SharedRows log;

	long initiative;

	@BeforeEach
	void aTaskClaimedByTheMember() {
		log = SharedRows.keep(jdbc, "appointment_log", "true");
		initiative = InitiativeDrafts.submitted(api, "tacgia.hn", "Thành viên hội đồng bị bãi nhiệm khi đang giữ việc");
		steps.complete("hotro.hn", initiative, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		// Put back on the council by the test before, they are council again from their next check against Keycloak
		// (2 s in tests); refused until then, changing nothing.
		await().atMost(Duration.ofSeconds(15))
			.until(() -> api.post(REMOVED, "/api/tasks/" + task() + "/claim", null).statusCode() == 204);
		assertThat(steps.taskOf(initiative, "councilRecognition").getAssignee()).isEqualTo(REMOVED);
	}

	@AfterEach
	void asFound() {
		if (!pairsOf(REMOVED).contains("council:" + HA_NOI)) {
			api.post("canbo.hn", "/api/units/" + HA_NOI + "/appointments", "{\"username\":\"" + REMOVED + "\",\"role\":\"council\"}");
		}
		api.post("tacgia.hn", "/api/initiatives/" + initiative + "/withdraw", "{\"reason\":\"Hết thử\"}");
		log.restore();
		assertThat(pairsOf(REMOVED)).containsExactlyInAnyOrder("council:" + HA_NOI, "author:CDCS-48-0001");
	}

	@Test
	@DisplayName("removed through the API: the task is the council's again, the log counts it, the member's completion is refused (403)")
	void throughTheApi() {
		ApiClient.Response removed = api.delete("canbo.hn", "/api/units/" + HA_NOI + "/appointments/council/" + REMOVED);

		assertThat(removed.statusCode()).as("%s", removed.body()).isEqualTo(204);
		assertThat(steps.taskOf(initiative, "councilRecognition").getAssignee()).as("back with the council").isNull();
		assertThat(jdbc.queryForObject("select action || ' ' || username || ': ' || tasks_returned from appointment_log "
				+ "order by id desc limit 1", String.class)).isEqualTo("removed " + REMOVED + ": 1");
		// The removal counts at the member's next check against Keycloak (2 s in tests): their inbox says when.
		await().atMost(Duration.ofSeconds(15)).until(() -> !inboxOf(REMOVED).contains(initiative));
		ApiClient.Response completed = api.post(REMOVED, "/api/tasks/" + task() + "/complete", Steps.RECOGNISE);
		assertThat(completed.statusCode()).as("%s", completed.body()).isEqualTo(403);
		assertThat(completed.body().path("code").asText()).isEqualTo("task.not-yours");
		assertThat(api.post("hoidong.hn", "/api/tasks/" + task() + "/claim", null).statusCode())
			.as("another member of the council takes it").isEqualTo(204);
	}

	@Test
	@DisplayName("removed on the appointment page: the log says the task went back; the member's task page and its form are refused")
	void onThePages() throws Exception {
		LoginSession member = new LoginSession(port);
		assertThat(member.signInAt("/tasks/" + task(), REMOVED).statusCode()).as("their task, before").isEqualTo(200);
		LoginSession officer = new LoginSession(port);
		officer.signInAt("/units/" + HA_NOI + "/appointments", "canbo.hn");

		HttpResponse<String> removed = officer.postForm("/units/" + HA_NOI + "/appointments/council/" + REMOVED + "/remove", "");

		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(removed.body()).contains("Bãi nhiệm " + REMOVED + ": Hội đồng sáng kiến",
				"1 công việc người này đã nhận được trả về nhóm");
		assertThat(steps.taskOf(initiative, "councilRecognition").getAssignee()).isNull();
		// The same session, signed in while they were on the council: refused from the next check against Keycloak.
		await().atMost(Duration.ofSeconds(15)).until(() -> member.get("/tasks/" + task()).statusCode() == 403);
		HttpResponse<String> completed = member.postForm("/tasks/" + task(), "councilDecision=recognise");
		assertThat(completed.statusCode()).as("%s", completed.body()).isEqualTo(403);
		assertThat(completed.body()).contains("task.not-yours");
		assertThat(steps.taskOf(initiative, "councilRecognition").getAssignee()).isNull();
	}

	private String task() {
		return steps.taskOf(initiative, "councilRecognition").getId();
	}

	private List<Long> inboxOf(String username) {
		ApiClient.Response inbox = api.get(username, "/api/tasks?max=200");
		assertThat(inbox.statusCode()).isEqualTo(200);
		return inbox.body().findValues("initiativeId").stream().map(value -> value.asLong()).toList();
	}

	private List<String> pairsOf(String username) {
		return KeycloakAccounts.unitRolesOf(accounts.find(username).orElseThrow());
	}
}
