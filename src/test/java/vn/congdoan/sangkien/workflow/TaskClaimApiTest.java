package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("A group's task is taken by one member and given back to the group")
class TaskClaimApiTest {

	@Autowired
	TaskService taskService;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("claimed, the colleague may not decide it; unclaimed, it is the group's again and the colleague decides")
	void claimThenUnclaim() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Nhận rồi trả lại");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		String task = steps.taskOf(id, "councilRecognition").getId();

		assertThat(api.post("hoidong.hn", "/api/tasks/" + task + "/claim", null).statusCode()).isEqualTo(204);
		assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("hoidong.hn");
		ApiClient.Response taken = api.post("hoidong2.hn", "/api/tasks/" + task + "/complete", Steps.RECOGNISE);
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.body().path("code").asText()).isEqualTo("task.claimed-by-other");
		assertThat(api.post("hoidong2.hn", "/api/tasks/" + task + "/unclaim", null).statusCode())
			.as("only who holds it gives it back").isIn(403, 409);

		assertThat(api.post("hoidong.hn", "/api/tasks/" + task + "/unclaim", null).statusCode()).isEqualTo(204);

		assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
		assertThat(api.get("hoidong2.hn", "/api/tasks?max=200").body().findValuesAsText("id")).contains(task);
		steps.complete("hoidong2.hn", id, "councilRecognition", Steps.RECOGNISE);
	}
}
