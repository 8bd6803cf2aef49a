package vn.congdoan.sangkien.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("Commendation up the union hierarchy, through the API with real Keycloak tokens (R-7.4 - R-7.6)")
class CommendationApiTest {

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("grassroots and district forward, the provincial federation grants its certificate of merit (R-7.4, R-7.6)")
	void upThreeLevels() {
		long id = steps.published("Máy kiểm tra đường may bằng camera");
		ApiClient.Response proposed = api.post("canbo.hn", "/api/initiatives/" + id + "/commendation",
				"{\"reason\":\"Làm lợi lớn cho công ty\"}");
		assertThat(proposed.statusCode()).isEqualTo(201);

		steps.complete("canbo.hn", id, "levelDecision", "{\"commendationDecision\":\"forward\",\"commendationReason\":\"Đề nghị\"}");
		String atDistrict = steps.taskOf(id, "levelDecision").getId();
		assertThat(api.post("khenthuong.haichau", "/api/tasks/" + atDistrict + "/complete",
				"{\"commendationDecision\":\"decline\",\"commendationReason\":\"x\"}").statusCode())
			.as("another district may not decide").isEqualTo(403);
		assertThat(api.post("khenthuong.hn", "/api/tasks/" + atDistrict + "/complete",
				"{\"commendationDecision\":\"forward\"}").statusCode()).as("not yet the province's turn").isEqualTo(403);
		steps.complete("khenthuong.caugiay", id, "levelDecision", "{\"commendationDecision\":\"forward\"}");
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation").body().path("currentUnit").asText())
			.isEqualTo("LDLD-01");

		String atProvince = steps.taskOf(id, "levelDecision").getId();
		ApiClient.Response beyond = api.post("khenthuong.hn", "/api/tasks/" + atProvince + "/complete",
				"{\"commendationDecision\":\"grant\",\"award\":\"BANG_KHEN_TLD\"}");
		assertThat(beyond.statusCode()).isEqualTo(400);
		assertThat(beyond.body().path("errors").findValuesAsText("code")).contains("commendation.award.beyond-authority");
		steps.complete("khenthuong.hn", id, "levelDecision",
				"{\"commendationDecision\":\"grant\",\"award\":\"BANG_KHEN_CAP_TINH\"}");

		JsonNode commendation = api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation").body();
		assertThat(commendation.path("status").asText()).isEqualTo("GRANTED");
		assertThat(commendation.path("award").asText()).isEqualTo("BANG_KHEN_CAP_TINH");
		assertThat(commendation.path("grantedByUnit").asText()).isEqualTo("LDLD-01");
		JsonNode initiative = api.get("tacgia.hn", "/api/initiatives/" + id).body();
		assertThat(initiative.path("award").asText()).isEqualTo("BANG_KHEN_CAP_TINH");
		assertThat(initiative.path("awardUnit").asText()).isEqualTo("LDLD-01");
		assertThat(initiative.path("timeline").findValuesAsText("step")).containsSubsequence("commendation",
				"commendation:GRASSROOTS", "commendation:DIRECT_SUPERIOR", "commendation:LEVEL2");
	}

	@Test
	@DisplayName("the council proposes it when recognising (never when refusing): once uploaded, it goes up in the council member's name, and nobody proposes it twice (R-7.6)")
	void proposedByTheCouncil() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Máy đếm sản phẩm bằng cảm biến quang");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		ApiClient.Response refusedAndProposed = api.post("hoidong.hn", "/api/tasks/" + steps.taskOf(id, "councilRecognition")
			.getId() + "/complete", "{\"councilDecision\":\"refuse\",\"councilReason\":\"Trùng\",\"commendationProposed\":true}");
		assertThat(refusedAndProposed.statusCode()).isEqualTo(400);
		assertThat(refusedAndProposed.body().path("errors").findValuesAsText("code"))
			.containsExactly("recognition.commendation.only-when-recognised");
		steps.complete("hoidong.hn", id, "councilRecognition", Steps.RECOGNISE.replace("}", ",\"commendationProposed\":true}"));
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation").statusCode())
			.as("nothing goes up before it is published").isEqualTo(404);

		steps.complete("canbo.hn", id, "portalUpload", "{\"uploadedToPortal\":true}");
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("status").asText()).isEqualTo("PUBLISHED");
		runProposalJob(id);

		JsonNode commendation = api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation").body();
		assertThat(commendation.path("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(commendation.path("currentUnit").asText()).isEqualTo(api.get("tacgia.hn", "/api/initiatives/" + id)
			.body().path("unitCode").asText());
		JsonNode proposal = timelineEntry(id, "commendation");
		assertThat(proposal.path("outcome").asText()).isEqualTo("proposed-by-council");
		assertThat(proposal.path("actor").asText()).isEqualTo("hoidong.hn");
		assertThat(steps.taskOf(id, "levelDecision")).isNotNull();
		ApiClient.Response again = api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", null);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body().path("code").asText()).isEqualTo("commendation.already-proposed");
	}

	/**
	 * Runs the proposal (asynchronous after the upload's commit) now instead of waiting for the job executor's next
	 * poll. The executor may have taken the job meanwhile: our run then loses on the job's version, or finds it gone,
	 * or meets the executor's proposal; a lost run proves only that the executor has acquired the job, not that it has
	 * committed its run. So in every case the test goes on once the job is gone, that is once a run has committed
	 * (a failed run would leave the job, with fewer retries, and the wait would say so).
	 */
	private void runProposalJob(long initiativeId) {
		String lifecycle = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.processDefinitionKey("initiativeLifecycle")
			.singleResult()
			.getId();
		for (Job job : proposalJobs(lifecycle)) {
			try {
				management.executeJob(job.getId());
			}
			catch (ProcessEngineException e) {
				// taken by the job executor: awaited below
			}
		}
		await("the proposal's job has run and committed").atMost(Duration.ofSeconds(60))
			.until(() -> proposalJobs(lifecycle).isEmpty());
	}

	private List<Job> proposalJobs(String lifecycle) {
		return management.createJobQuery().processInstanceId(lifecycle).activityId("proposeCommendation").list();
	}

	private JsonNode timelineEntry(long initiativeId, String step) {
		for (JsonNode entry : api.get("tacgia.hn", "/api/initiatives/" + initiativeId).body().path("timeline")) {
			if (step.equals(entry.path("step").asText())) {
				return entry;
			}
		}
		throw new AssertionError("No step " + step + " on the timeline of initiative " + initiativeId);
	}

	@Test
	@DisplayName("VGCL cannot forward; it grants the Executive Committee's certificate of merit or declines (R-7.6)")
	void topLevel() {
		long id = steps.published("Phần mềm quản lý đoàn viên");
		api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", null);
		steps.complete("canbo.hn", id, "levelDecision", "{\"commendationDecision\":\"forward\"}");
		steps.complete("khenthuong.caugiay", id, "levelDecision", "{\"commendationDecision\":\"forward\"}");
		steps.complete("khenthuong.hn", id, "levelDecision", "{\"commendationDecision\":\"forward\"}");
		String atVgcl = steps.taskOf(id, "levelDecision").getId();

		ApiClient.Response forward = api.post("khenthuong.tld", "/api/tasks/" + atVgcl + "/complete",
				"{\"commendationDecision\":\"forward\"}");
		ApiClient.Response declineWithoutReason = api.post("khenthuong.tld", "/api/tasks/" + atVgcl + "/complete",
				"{\"commendationDecision\":\"decline\"}");

		assertThat(forward.body().path("errors").findValuesAsText("code")).contains("commendation.forward.at-top");
		assertThat(declineWithoutReason.body().path("errors").findValuesAsText("code")).contains("commendation.reason.required");
		steps.complete("khenthuong.tld", id, "levelDecision", "{\"commendationDecision\":\"grant\",\"award\":\"BANG_KHEN_TLD\"}");
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("award").asText()).isEqualTo("BANG_KHEN_TLD");
	}

	@Test
	@DisplayName("refused: an initiative not yet published, one already proposed, another unit's officer, another role (R-7.6)")
	void refusals() {
		long notPublished = InitiativeDrafts.submitted(api, "tacgia.hn", "Chưa đăng");
		ApiClient.Response early = api.post("canbo.hn", "/api/initiatives/" + notPublished + "/commendation", null);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body().path("code").asText()).isEqualTo("commendation.not-published");

		long id = steps.published("Đã đăng");
		assertThat(api.post("canbo.dn", "/api/initiatives/" + id + "/commendation", null).statusCode()).isEqualTo(403);
		assertThat(api.post("hotro.hn", "/api/initiatives/" + id + "/commendation", null).statusCode()).isEqualTo(403);
		assertThat(api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", null).statusCode()).isEqualTo(201);
		ApiClient.Response twice = api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", null);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body().path("code").asText()).isEqualTo("commendation.already-proposed");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
			.processDefinitionKey("commendation").count()).isEqualTo(1);
	}
}
