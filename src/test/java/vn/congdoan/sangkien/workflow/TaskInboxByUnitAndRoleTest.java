package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("The task inbox, through the API with real Keycloak tokens")
class TaskInboxByUnitAndRoleTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiClient api;

	@Test
	@DisplayName("each support team sees the tasks of its own unit only, and a council none of the review tasks (R-5.1)")
	void inboxIsPerUnitAndRole() {
		long hanoi = submit("tacgia.hn", "Cải tiến dây chuyền may áo sơ mi");
		long danang = submit("tacgia.dn", "Đồ gá hàn khung xe tự chế");

		List<String> hanoiSupport = initiativesInInbox("hotro.hn");
		List<String> danangSupport = initiativesInInbox("hotro.dn");
		List<String> hanoiCouncil = initiativesInInbox("hoidong.hn");

		assertThat(hanoiSupport).contains(String.valueOf(hanoi)).doesNotContain(String.valueOf(danang));
		assertThat(danangSupport).contains(String.valueOf(danang)).doesNotContain(String.valueOf(hanoi));
		assertThat(hanoiCouncil).doesNotContain(String.valueOf(hanoi), String.valueOf(danang));
	}

	@Test
	@DisplayName("a request without a token gets 401 with a Vietnamese problem detail")
	void withoutTokenIsUnauthenticated() {
		ApiClient.Response response = api.get(null, "/api/tasks");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body().path("code").asText()).isEqualTo("auth.unauthenticated");
		assertThat(response.body().path("detail").asText()).isEqualTo("Bạn cần đăng nhập để thực hiện thao tác này.");
	}

	@Test
	@DisplayName("a real token of the same user, issued by the realm to another application, gets 401")
	void tokenOfAnotherClientIsRefused() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(tokens.accessTokenOfAnotherClient("canbo.hn"));

		ResponseEntity<String> response = rest.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(headers), String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getBody()).contains("auth.unauthenticated");
		assertThat(api.get("canbo.hn", "/api/tasks").statusCode()).as("the platform's own token").isEqualTo(200);
	}

	@Test
	@DisplayName("a support team member may not submit an initiative: 403, and nothing is stored")
	void wrongRoleIsForbidden() {
		long before = initiativeCount();

		ApiClient.Response response = api.post("hotro.hn", "/api/initiatives", "{\"title\":\"Không phải việc của tôi\"}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body().path("code").asText()).isEqualTo("auth.forbidden");
		assertThat(initiativeCount()).isEqualTo(before);
	}

	@Test
	@DisplayName("completing a task of another unit is refused with 403 and changes nothing")
	void anotherUnitsTaskCannotBeCompleted() {
		long hanoi = submit("tacgia.hn", "Sổ tay an toàn lao động bằng mã QR");
		Task task = supportTeamTaskOf(hanoi);

		ApiClient.Response response = api.post("hotro.dn", "/api/tasks/" + task.getId() + "/complete",
				"{\"supportTeamDecision\":\"accept\"}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body().path("code").asText()).isEqualTo("task.not-yours");
		Task unchanged = taskService.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(unchanged).isNotNull();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(runtimeService.getActiveActivityIds(task.getProcessInstanceId())).containsExactly("supportTeamReview");
	}

	@Test
	@DisplayName("claiming a task of another unit is refused with 403 too")
	void anotherUnitsTaskCannotBeClaimed() {
		long hanoi = submit("tacgia.hn", "Bảng phân công ca trực điện tử");
		Task task = supportTeamTaskOf(hanoi);

		ApiClient.Response response = api.post("hotro.dn", "/api/tasks/" + task.getId() + "/claim", null);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	@DisplayName("form values that break the task's form schema get 400 with each field's problem, and the task stays")
	void formIsValidatedOnTheServer() {
		long hanoi = submit("tacgia.hn", "Phần mềm chấm công bằng khuôn mặt");
		Task task = supportTeamTaskOf(hanoi);
		String complete = "/api/tasks/" + task.getId() + "/complete";

		ApiClient.Response notAnOption = api.post("hotro.hn", complete, "{\"supportTeamDecision\":\"maybe\"}");
		ApiClient.Response wrongType = api.post("hotro.hn", complete, "{\"supportTeamDecision\":5}");
		ApiClient.Response missing = api.post("hotro.hn", complete, "{\"supportTeamComment\":\"Tốt\"}");
		ApiClient.Response unknown = api.post("hotro.hn", complete,
				"{\"supportTeamDecision\":\"accept\",\"councilDecision\":\"recognise\"}");

		assertThat(List.of(notAnOption, wrongType, missing, unknown)).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body().path("code").asText()).isEqualTo("task.form.invalid");
		});
		assertThat(firstError(notAnOption)).isEqualTo("task.form.not-an-option");
		assertThat(firstError(wrongType)).isEqualTo("task.form.wrong-type");
		assertThat(firstError(missing)).isEqualTo("task.form.required");
		assertThat(firstError(unknown)).isEqualTo("task.form.unknown-field");
		assertThat(missing.body().path("errors").get(0).path("message").asText()).startsWith("Vui lòng nhập");
		assertThat(runtimeService.getActiveActivityIds(task.getProcessInstanceId())).containsExactly("supportTeamReview");
	}

	@Test
	@DisplayName("the initiative goes support team -> council -> union officer of its own unit, and ends published (R-5.1, R-5.3, R-5.4)")
	void wholePathThroughTheApi() {
		long hanoi = submit("tacgia.hn", "Máy cắt vải tự động theo mẫu");
		Task review = supportTeamTaskOf(hanoi);

		assertThat(api.post("hotro.hn", "/api/tasks/" + review.getId() + "/complete",
				"{\"supportTeamDecision\":\"accept\",\"supportTeamComment\":\"Đủ hồ sơ\"}").statusCode()).isEqualTo(204);
		assertThat(initiativesInInbox("hoidong.dn")).doesNotContain(String.valueOf(hanoi));
		Task recognition = taskOf(hanoi, "councilRecognition");
		assertThat(api.post("hoidong.hn", "/api/tasks/" + recognition.getId() + "/complete",
				"{\"councilDecision\":\"recognise\",\"recognitionDate\":\"2022-09-20\",\"noveltyConfirmed\":true,"
						+ "\"applicationConfirmed\":true,\"benefitConfirmed\":true}").statusCode()).isEqualTo(204);
		Task upload = taskOf(hanoi, "portalUpload");
		assertThat(api.post("canbo.dn", "/api/tasks/" + upload.getId() + "/complete",
				"{\"uploadedToPortal\":true}").statusCode()).isEqualTo(403);
		assertThat(api.post("canbo.hn", "/api/tasks/" + upload.getId() + "/complete",
				"{\"uploadedToPortal\":true,\"portalReference\":\"CD-2022-000123\"}").statusCode()).isEqualTo(204);

		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(hanoi)).count())
			.isZero();
	}

	private long submit(String author, String title) {
		return InitiativeDrafts.submitted(api, author, title);
	}

	private List<String> initiativesInInbox(String username) {
		ApiClient.Response response = api.get(username, "/api/tasks?max=200");
		assertThat(response.statusCode()).isEqualTo(200);
		return java.util.stream.StreamSupport.stream(response.body().spliterator(), false)
			.map(task -> task.path("initiativeId").asText())
			.toList();
	}

	private Task supportTeamTaskOf(long initiativeId) {
		return taskOf(initiativeId, "supportTeamReview");
	}

	private Task taskOf(long initiativeId, String step) {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey(step)
			.singleResult();
		assertThat(task).as("task %s of initiative %s", step, initiativeId).isNotNull();
		return task;
	}

	private static String firstError(ApiClient.Response response) {
		JsonNode errors = response.body().path("errors");
		assertThat(errors.isArray()).isTrue();
		return errors.get(0).path("code").asText();
	}

	private long initiativeCount() {
		return jdbc.queryForObject("select count(*) from initiative", Long.class);
	}
}
