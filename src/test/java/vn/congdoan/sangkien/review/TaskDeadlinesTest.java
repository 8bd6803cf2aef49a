package vn.congdoan.sangkien.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("A task left too long: its group is reminded, then the direct-superior union's officers see it too")
class TaskDeadlinesTest {

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("the reminder goes on the timeline; the escalation puts the task in the superior officer's inbox (R-2.1)")
	void reminderThenEscalation() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Sổ giao ca điện tử");
		assertThat(inboxOf("canbo.caugiay")).doesNotContain(String.valueOf(id));

		fireTimer(id, "supportTeamReviewReminder");
		fireTimer(id, "supportTeamReviewEscalation");

		assertThat(deadlineStepsOn(id)).as("the steps name the task they serve")
			.containsExactly("supportTeamReview reminded", "supportTeamReview escalated");
		assertThat(inboxOf("canbo.caugiay")).contains(String.valueOf(id));
		ApiClient.Response decide = api.post("canbo.caugiay", "/api/tasks/" + taskOf(id) + "/complete",
				"{\"supportTeamDecision\":\"accept\"}");
		assertThat(decide.statusCode()).as("R-2.1: the superior follows up, the unit decides").isEqualTo(403);
		assertThat(decide.body().path("code").asText()).isEqualTo("task.escalated-read-only");
		assertThat(inboxOf("hotro.hn")).as("the unit keeps its task").contains(String.valueOf(id));
		assertThat(inboxOf("canbo.dn")).doesNotContain(String.valueOf(id));
	}

	@Test
	@DisplayName("a council left too long: the reminder and the escalation serve the council's task, not the review before it")
	void councilReminderThenEscalation() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Bảng phân ca tự động");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");

		fireTimer(id, "councilRecognitionReminder");
		fireTimer(id, "councilRecognitionEscalation");

		assertThat(deadlineStepsOn(id)).containsExactly("councilRecognition reminded", "councilRecognition escalated");
		assertThat(taskService.getIdentityLinksForTask(steps.taskOf(id, "councilRecognition").getId()))
			.extracting(link -> link.getGroupId())
			.as("R-2.1: the direct-superior union's officers follow the council's task up")
			.contains("council:CDCS-01-0001", "union-officer:CTTT-01-005");
		assertThat(inboxOf("canbo.caugiay")).contains(String.valueOf(id));
	}

	/** The reminders and escalations on the initiative's timeline, as "task outcome". */
	private List<String> deadlineStepsOn(long initiativeId) {
		return StreamSupport
			.stream(api.get("tacgia.hn", "/api/initiatives/" + initiativeId).body().path("timeline").spliterator(), false)
			.filter(entry -> List.of("reminded", "escalated").contains(entry.path("outcome").asText()))
			.map(entry -> entry.path("step").asText() + " " + entry.path("outcome").asText())
			.toList();
	}

	private void fireTimer(long initiativeId, String boundaryEvent) {
		String process = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.singleResult()
			.getId();
		management.executeJob(management.createJobQuery().processInstanceId(process).activityId(boundaryEvent)
			.singleResult().getId());
	}

	private String taskOf(long initiativeId) {
		return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(initiativeId)).singleResult().getId();
	}

	private List<String> inboxOf(String username) {
		return api.get(username, "/api/tasks?max=200").body().findValuesAsText("initiativeId");
	}
}
