package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * The endings other than publication, each once on the real platform (the process tests cover every
 * path with stand-ins for the delegates): the initiative's status, the last step on its timeline, and
 * nothing left running.
 */
@PlatformTest
@DisplayName("The unhappy endings on the real platform: status and timeline")
class UnhappyEndingsApiTest {

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	@DisplayName("once the last upload window has closed, a draft is no longer taken: 409 with the programme's end, the draft stays a draft")
	void programmeEnded() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Kết thúc: chương trình đã hết", "tacgia.hn",
				"Nguyễn Văn An"));
		java.sql.Timestamp closes = jdbc.queryForObject("select upload_closes_at from programme_phase where code = 'PHASE_2'",
				java.sql.Timestamp.class);
		jdbc.update("update programme_phase set upload_closes_at = timestamptz '2022-10-01 00:00:00+07' where code = 'PHASE_2'");
		try {
			ApiClient.Response late = api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null);

			assertThat(late.statusCode()).isEqualTo(409);
			assertThat(late.body().path("code").asText()).isEqualTo("initiative.programme-ended");
			assertThat(late.body().path("detail").asText()).contains("24:00 30/09/2022");
		}
		finally {
			jdbc.update("update programme_phase set upload_closes_at = ? where code = 'PHASE_2'", closes);
		}
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("status").asText()).isEqualTo("DRAFT");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
		assertThat(api.delete("tacgia.hn", "/api/initiatives/" + id).statusCode()).isEqualTo(204);
	}

	@Test
	@DisplayName("the support team declines with a reason: declined, the council never sees it (R-5.1)")
	void declinedBySupportTeam() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Kết thúc: không tiếp nhận");

		steps.complete("hotro.hn", id, "supportTeamReview",
				"{\"supportTeamDecision\":\"decline\",\"supportTeamComment\":\"Trùng sáng kiến đã có\"}");

		JsonNode initiative = initiative(id);
		assertThat(initiative.path("status").asText()).isEqualTo("DECLINED");
		assertLastStep(initiative, "supportTeamReview", "decline", "hotro.hn", "Trùng sáng kiến đã có");
		assertThat(initiative.path("timeline").findValuesAsText("step")).doesNotContain("councilRecognition");
		assertNothingRunning(id);
	}

	@Test
	@DisplayName("the council refuses, naming the exclusion and its reason: refused, both on the timeline (R-3.2)")
	void refusedByCouncil() {
		long id = accepted("Kết thúc: hội đồng không công nhận");

		steps.complete("hoidong.hn", id, "councilRecognition",
				"{\"councilDecision\":\"refuse\",\"exclusion\":\"R-3.2\",\"councilReason\":\"Là nhiệm vụ được giao\"}");

		JsonNode initiative = initiative(id);
		assertThat(initiative.path("status").asText()).isEqualTo("REFUSED");
		assertLastStep(initiative, "councilRecognition", "refuse", "hoidong.hn",
				"R-3.2 Chưa được cấp có thẩm quyền công nhận: Là nhiệm vụ được giao");
		assertThat(initiative.path("timeline").findValuesAsText("step")).doesNotContain("checkEligibility");
		assertNothingRunning(id);
	}

	@Test
	@DisplayName("recognised, but the eligibility decision excludes it (protected as intellectual property): refused by the platform (R-3.4)")
	void excludedByEligibility() {
		long id = accepted("Kết thúc: đã được bảo hộ");

		steps.complete("hoidong.hn", id, "councilRecognition", Steps.RECOGNISE.replace("}", ",\"ipProtected\":true}"));

		JsonNode initiative = initiative(id);
		assertThat(initiative.path("status").asText()).isEqualTo("REFUSED");
		assertLastStep(initiative, "checkEligibility", "ineligible", "system", "R-3.4");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey("portalUpload")
			.count()).isZero();
		assertNothingRunning(id);
	}

	@Test
	@DisplayName("recognised, but its phase's upload window closes before the upload: missed, its task gone (R-6)")
	void uploadWindowMissed() {
		long id = accepted("Kết thúc: quá hạn đưa lên Cổng");
		steps.complete("hoidong.hn", id, "councilRecognition", Steps.RECOGNISE);
		String upload = steps.taskOf(id, "portalUpload").getId();

		management.executeJob(windowTimer(id).getId());

		JsonNode initiative = initiative(id);
		assertThat(initiative.path("status").asText()).isEqualTo("MISSED_UPLOAD_WINDOW");
		assertLastStep(initiative, "portalUpload", "missed-window", "system", "PHASE_2");
		assertThat(initiative.path("timeline").findValuesAsText("step")).doesNotContain("publish");
		ApiClient.Response tooLate = api.post("canbo.hn", "/api/tasks/" + upload + "/complete", "{\"uploadedToPortal\":true}");
		assertThat(tooLate.statusCode()).isEqualTo(409);
		assertNothingRunning(id);
	}

	@Test
	@DisplayName("a commendation declined at the grassroots with a reason: declined, the initiative stays published (R-7.6)")
	void commendationDeclined() {
		long id = steps.published("Kết thúc: không khen thưởng");
		assertThat(api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", "{\"reason\":\"Đề nghị\"}").statusCode())
			.isEqualTo(201);

		steps.complete("canbo.hn", id, "levelDecision",
				"{\"commendationDecision\":\"decline\",\"commendationReason\":\"Chưa tiêu biểu\"}");

		JsonNode commendation = api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation").body();
		assertThat(commendation.path("status").asText()).isEqualTo("DECLINED");
		JsonNode initiative = initiative(id);
		assertThat(initiative.path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(initiative.path("award").isMissingNode() || initiative.path("award").isNull()).as("no award").isTrue();
		assertLastStep(initiative, "commendation:GRASSROOTS", "decline", "canbo.hn", "Chưa tiêu biểu");
		assertNothingRunning(id);
	}

	/** Submitted by the Hà Nội author and accepted by its support team: at the council. */
	private long accepted(String title) {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", title);
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		return id;
	}

	/** The timer on the upload task that fires when the window of the initiative's phase closes. */
	private Job windowTimer(long initiativeId) {
		String process = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.processDefinitionKey("initiativeLifecycle")
			.singleResult()
			.getId();
		return management.createJobQuery().processInstanceId(process).activityId("uploadWindowClosed").timers().singleResult();
	}

	private JsonNode initiative(long id) {
		ApiClient.Response response = api.get("tacgia.hn", "/api/initiatives/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static void assertLastStep(JsonNode initiative, String step, String outcome, String actor, String reason) {
		JsonNode timeline = initiative.path("timeline");
		JsonNode last = timeline.get(timeline.size() - 1);
		assertThat(last.path("step").asText()).as("%s", timeline).isEqualTo(step);
		assertThat(last.path("outcome").asText()).isEqualTo(outcome);
		assertThat(last.path("actor").asText()).isEqualTo(actor);
		assertThat(last.path("reason").asText()).isEqualTo(reason);
	}

	/** Every process of the initiative has ended: no task, no timer left behind. */
	private void assertNothingRunning(long id) {
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
	}
}
