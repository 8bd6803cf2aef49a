package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Takes an initiative through the steps of its processes, as the demo users would through the API. */
public final class Steps {

	public static final String RECOGNISE = """
			{"councilDecision":"recognise","recognitionDate":"2022-09-20","noveltyConfirmed":true,
			 "applicationConfirmed":true,"benefitConfirmed":true}""";

	private final ApiClient api;

	private final TaskService tasks;

	public Steps(ApiClient api, TaskService tasks) {
		this.api = api;
		this.tasks = tasks;
	}

	/** The user completes the initiative's task at this BPMN step; it must succeed. */
	public void complete(String username, long initiativeId, String step, String values) {
		ApiClient.Response response = api.post(username, "/api/tasks/" + taskOf(initiativeId, step).getId() + "/complete",
				values);
		assertThat(response.statusCode()).as("%s completes %s: %s", username, step, response.body()).isEqualTo(204);
	}

	public Task taskOf(long initiativeId, String step) {
		Task task = tasks.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey(step)
			.singleResult();
		assertThat(task).as("task %s of initiative %s", step, initiativeId).isNotNull();
		return task;
	}

	/** Submitted by the Hà Nội author, accepted, recognised in phase 2 and uploaded: published and counted. */
	public long published(String title) {
		return publishedFrom(InitiativeDrafts.complete(title, "tacgia.hn", "Nguyễn Văn An"));
	}

	/** The same with this content (its contributors, say), which must be submittable. */
	public long publishedFrom(String content) {
		long id = recognisedFrom(content);
		complete("canbo.hn", id, "portalUpload", "{\"uploadedToPortal\":true}");
		return id;
	}

	/** Submitted by the Hà Nội author, accepted and recognised in phase 2: waiting to be uploaded. */
	public long recognised(String title) {
		return recognisedFrom(InitiativeDrafts.complete(title, "tacgia.hn", "Nguyễn Văn An"));
	}

	private long recognisedFrom(String content) {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", content);
		ApiClient.Response submitted = api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null);
		assertThat(submitted.statusCode()).as("%s", submitted.body()).isEqualTo(200);
		complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		complete("hoidong.hn", id, "councilRecognition", RECOGNISE);
		return id;
	}
}
