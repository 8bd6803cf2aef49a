package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.IdempotentRequests;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.workflow.TaskRaces;

@PlatformTest
@DisplayName("The initiative lifecycle through the API, with real Keycloak tokens and PostgreSQL")
class InitiativeLifecycleApiTest {

	static final String RECOGNISE = Steps.RECOGNISE;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InitiativeSubmission submission;

	@Autowired
	TaskRaces races;

	@Autowired
	IdempotentRequests idempotentRequests;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@AfterEach
	void noRaceLeftForTheNextTest() {
		races.clear();
	}

	@Test
	@DisplayName("returned, revised, clarified, recognised, uploaded: published, counted up the tree, every step on the timeline (R-2.4, R-5.1, R-5.3, R-5.5, R-6.3)")
	void wholeJourney() {
		EventPublications.awaitAllHandled(jdbc);
		Map<String, Long> before = totals();
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Máy gấp áo tự động");
		assertThat(status("tacgia.hn", id)).isEqualTo("IN_SUPPORT_REVIEW");

		steps.complete("hotro.hn", id, "supportTeamReview",
				"{\"supportTeamDecision\":\"return\",\"supportTeamComment\":\"Bổ sung cách tính lợi ích\"}");
		assertThat(status("tacgia.hn", id)).isEqualTo("RETURNED_FOR_REVISION");
		assertThat(inbox("tacgia.hn")).contains(String.valueOf(id));
		assertThat(api.put("tacgia.hn", "/api/initiatives/" + id, InitiativeDrafts.complete("Máy gấp áo tự động (bổ sung)",
				"tacgia.hn", "Nguyễn Văn An")).statusCode()).isEqualTo(200);
		steps.complete("tacgia.hn", id, "reviseForSupportTeam", "{\"authorAnswer\":\"Đã bổ sung bảng tính\"}");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition",
				"{\"councilDecision\":\"clarify\",\"councilReason\":\"Đã áp dụng ở phân xưởng nào?\"}");
		assertThat(status("tacgia.hn", id)).isEqualTo("CLARIFICATION_REQUESTED");
		steps.complete("tacgia.hn", id, "answerClarification", "{\"authorAnswer\":\"Phân xưởng số 2\"}");
		steps.complete("hoidong.hn", id, "councilRecognition", RECOGNISE);
		assertThat(status("tacgia.hn", id)).isEqualTo("AWAITING_UPLOAD");
		steps.complete("canbo.hn", id, "portalUpload", "{\"uploadedToPortal\":true,\"portalReference\":\"CD-2022-1\"}");

		JsonNode initiative = api.get("tacgia.hn", "/api/initiatives/" + id).body();
		assertThat(initiative.path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(initiative.path("phase").asText()).isEqualTo("PHASE_2");
		assertThat(initiative.path("recognitionDate").asText()).isEqualTo("2022-09-20");
		assertThat(initiative.path("creditedAuthor").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(initiative.path("timeline").findValuesAsText("step")).containsSubsequence("submit", "supportTeamReview",
				"reviseForSupportTeam", "supportTeamReview", "councilRecognition", "answerClarification",
				"councilRecognition", "checkEligibility", "portalUpload");
		assertThat(initiative.path("timeline").get(1).path("actor").asText()).isEqualTo("hotro.hn");
		assertThat(initiative.path("timeline").get(1).path("reason").asText()).isEqualTo("Bổ sung cách tính lợi ích");
		// Counted after the upload's commit: the totals follow once the listener has run.
		EventPublications.awaitAllHandled(jdbc);
		Map<String, Long> after = totals();
		for (String unit : List.of("CDCS-01-0001", "CTTT-01-005", "LDLD-01", "TLD")) {
			assertThat(after.get(unit + ":count")).as(unit).isEqualTo(before.getOrDefault(unit + ":count", 0L) + 1);
			assertThat(after.get(unit + ":benefit")).as(unit)
				.isEqualTo(before.getOrDefault(unit + ":benefit", 0L) + 125_000_000L);
			assertThat(after.get(unit + ":technical")).as("%s, by kind (R-1)", unit)
				.isEqualTo(before.getOrDefault(unit + ":technical", 0L) + 1);
		}
		assertThat(after.get("LDLD-48:count")).as("another province").isEqualTo(before.get("LDLD-48:count"));
	}

	@Test
	@DisplayName("a draft that breaks the rules cannot be submitted: each problem named, nothing started (R-2.2, R-2.4, R-3.1)")
	void submissionChecksTheRules() {
		String futureAndUnshared = InitiativeDrafts.complete("Sổ tay số", "tacgia.hn", "Nguyễn Văn An")
			.replace("\"applicationDate\":\"2022-03-01\"", "\"applicationDate\":\"2022-12-01\"")
			.replace("\"sharePercent\":30", "\"sharePercent\":20");
		assertNotSubmittable(futureAndUnshared, "initiative.application-date.future", "initiative.contributors.shares-not-100");

		String beforeProgrammeAndTied = InitiativeDrafts.complete("Sổ tay số", "tacgia.hn", "Nguyễn Văn An")
			.replace("\"applicationDate\":\"2022-03-01\"", "\"applicationDate\":\"2021-08-31\"")
			.replace("\"sharePercent\":70", "\"sharePercent\":50")
			.replace("\"sharePercent\":30", "\"sharePercent\":50");
		assertNotSubmittable(beforeProgrammeAndTied, "initiative.application-date.outside-programme",
				"initiative.contributors.tie-without-leader");

		assertNotSubmittable("{\"title\":\"Chỉ có tên\"}", "initiative.field.required", "initiative.benefit.required",
				"initiative.contributors.required");
	}

	@Test
	@DisplayName("a tie on the highest share is resolved by naming the topic leader, who is credited (R-2.4)")
	void leaderResolvesATie() {
		String tiedWithLeader = InitiativeDrafts.complete("Quy trình kiểm tra mới", "tacgia.hn", "Nguyễn Văn An")
			.replace("\"sharePercent\":70", "\"sharePercent\":50")
			.replace("\"sharePercent\":30,", "\"sharePercent\":50,\"leader\":true,");
		long id = InitiativeDrafts.draft(api, "tacgia.hn", tiedWithLeader);

		ApiClient.Response submitted = api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null);

		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(submitted.body().path("creditedAuthor").asText()).isEqualTo("Lê Văn Bình");
	}

	@Test
	@DisplayName("a retried submission with the same Idempotency-Key returns the first answer and starts nothing new")
	void idempotentSubmission() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Bảng Kanban", "tacgia.hn", "Nguyễn Văn An"));
		String key = "submit-" + id;

		ApiClient.Response first = api.postWithKey("tacgia.hn", "/api/initiatives/" + id + "/submit", null, key);
		ApiClient.Response retry = api.postWithKey("tacgia.hn", "/api/initiatives/" + id + "/submit", null, key);
		ApiClient.Response withoutKey = api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(withoutKey.statusCode()).isEqualTo(409);
		assertThat(withoutKey.body().path("code").asText()).isEqualTo("initiative.not-draft");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
			.isEqualTo(1);
	}

	@Test
	@DisplayName("a retried draft creation with the same Idempotency-Key creates one draft")
	void idempotentCreation() {
		long before = jdbc.queryForObject("select count(*) from initiative", Long.class);
		String content = InitiativeDrafts.complete("Tủ thuốc thông minh", "tacgia.dn", "Trần Thị Bình");

		ApiClient.Response first = api.postWithKey("tacgia.dn", "/api/initiatives", content, "create-tu-thuoc");
		ApiClient.Response retry = api.postWithKey("tacgia.dn", "/api/initiatives", content, "create-tu-thuoc");

		ApiClient.Response otherContent = api.postWithKey("tacgia.dn", "/api/initiatives",
				content.replace("Tủ thuốc thông minh", "Tủ thuốc khác"), "create-tu-thuoc");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
		assertThat(retry.headers().getLocation()).isNotNull().isEqualTo(first.headers().getLocation());
		assertThat(otherContent.statusCode()).isEqualTo(409);
		assertThat(otherContent.body().path("code").asText()).isEqualTo("request.idempotency-key.reused");
		assertThat(jdbc.queryForObject("select count(*) from initiative", Long.class)).isEqualTo(before + 1);
	}

	@Test
	@DisplayName("Idempotency-Key answers are forgotten after a day; younger ones are kept for retries")
	void idempotencyKeysForgotten() {
		api.postWithKey("tacgia.dn", "/api/initiatives", InitiativeDrafts.complete("Giá treo dụng cụ", "tacgia.dn",
				"Trần Thị Bình"), "create-gia-treo");
		jdbc.update("""
				insert into idempotent_request (username, request_key, operation, status, body, created_at)
				select username, 'create-cu-ky', operation, status, body, created_at - interval '25 hours'
				from idempotent_request where request_key = 'create-gia-treo'""");

		int forgotten = idempotentRequests.forgetOld();

		assertThat(forgotten).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from idempotent_request where request_key = 'create-cu-ky'",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from idempotent_request where request_key = 'create-gia-treo'",
				Long.class)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "complete", "claim" })
	@DisplayName("a council member's colleague completes the task after their checks passed and before their change is written: 409, nothing changed twice")
	void colleagueCompletesInBetween(String action) {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Bàn nâng hạ khuôn ép (" + action + ")");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		String task = steps.taskOf(id, "councilRecognition").getId();
		races.meanwhile("hoidong2.hn",
				() -> assertThat(api.post("hoidong.hn", "/api/tasks/" + task + "/complete", RECOGNISE).statusCode()).isEqualTo(204));

		ApiClient.Response late = api.post("hoidong2.hn", "/api/tasks/" + task + "/" + action,
				"complete".equals(action) ? RECOGNISE : null);

		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body().path("code").asText()).isEqualTo("task.already-completed");
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("timeline").findValuesAsText("step")
			.stream().filter("councilRecognition"::equals).count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey("portalUpload")
			.count()).isEqualTo(1);
	}

	@Test
	@DisplayName("two council members complete the same task at the same moment: one succeeds, the other gets 409")
	void concurrentCouncilDecisions() throws Exception {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Máy dán nhãn bán tự động");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		Task task = steps.taskOf(id, "councilRecognition");
		String path = "/api/tasks/" + task.getId() + "/complete";
		api.get("hoidong.hn", "/api/tasks");
		api.get("hoidong2.hn", "/api/tasks");

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<ApiClient.Response> first = () -> {
			start.await();
			return api.post("hoidong.hn", path, RECOGNISE);
		};
		Callable<ApiClient.Response> second = () -> {
			start.await();
			return api.post("hoidong2.hn", path, RECOGNISE);
		};
		Future<ApiClient.Response> a = pool.submit(first);
		Future<ApiClient.Response> b = pool.submit(second);
		start.countDown();
		List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(204, 409);
		ApiClient.Response loser = a.get().statusCode() == 409 ? a.get() : b.get();
		assertThat(loser.body().path("code").asText()).isIn("task.claimed-by-other", "task.already-completed");
		assertThat(loser.body().path("detail").asText()).isNotBlank();
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("timeline").findValuesAsText("step")
			.stream().filter("councilRecognition"::equals).count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey("portalUpload")
			.count()).isEqualTo(1);
	}

	@Test
	@DisplayName("each of the seven kinds is an initiative; a kind the programme does not know is refused (R-1.1 - R-1.7)")
	void kindsOfInitiative() {
		for (InitiativeKind kind : InitiativeKind.values()) {
			long id = InitiativeDrafts.draft(api, "tacgia.hn", "{\"kind\":\"" + kind + "\",\"title\":\"Loại " + kind + "\"}");
			assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("kind").asText()).isEqualTo(kind.name());
		}
		long before = jdbc.queryForObject("select count(*) from initiative", Long.class);

		ApiClient.Response unknown = api.post("tacgia.hn", "/api/initiatives", "{\"kind\":\"SPORTS_EVENT\",\"title\":\"x\"}");

		assertThat(InitiativeKind.values()).hasSize(7);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body().path("detail").asText()).isNotBlank();
		assertThat(jdbc.queryForObject("select count(*) from initiative", Long.class)).isEqualTo(before);
	}

	@Test
	@DisplayName("someone who is author in no union (only council in one) is told so, and nothing is written")
	void authorWithoutAUnit() {
		PlatformUser stray = PlatformUser.of("hoidong.moi", "Hội đồng mới", Role.COUNCIL, "CDCS-01-0001");
		long before = jdbc.queryForObject("select count(*) from initiative", Long.class);

		ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
				() -> submission.createDraft(stray, new InitiativeContent(null, "Ý tưởng", null, null, null, null, null, null,
						null, null, null, null, null, null, null, null)));

		assertThat(refused.status().value()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("initiative.unit.none");
		assertThat(jdbc.queryForObject("select count(*) from initiative", Long.class)).isEqualTo(before);
	}

	@Test
	@DisplayName("the council's recognition date may not be before the application date; the task stays (R-2.1)")
	void recognitionBeforeApplicationIsRefused() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Khuôn đúc cải tiến");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		Task task = steps.taskOf(id, "councilRecognition");

		ApiClient.Response response = api.post("hoidong.hn", "/api/tasks/" + task.getId() + "/complete",
				RECOGNISE.replace("2022-09-20", "2022-02-01"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().path("errors").findValuesAsText("code")).contains("recognition.date.before-application");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
		assertThat(status("tacgia.hn", id)).isEqualTo("IN_COUNCIL_REVIEW");
	}

	@Test
	@DisplayName("a task already completed cannot be completed again")
	void completedTaskIsGone() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Lịch bảo dưỡng tự động");
		Task task = steps.taskOf(id, "supportTeamReview");
		String path = "/api/tasks/" + task.getId() + "/complete";
		assertThat(api.post("hotro.hn", path, "{\"supportTeamDecision\":\"accept\"}").statusCode()).isEqualTo(204);

		ApiClient.Response again = api.post("hotro.hn", path, "{\"supportTeamDecision\":\"accept\"}");

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body().path("code").asText()).isEqualTo("task.already-completed");
	}

	@Test
	@DisplayName("the author withdraws before recognition (the review task ends, and says so); after recognition the withdrawal is refused")
	void withdrawal() {
		long early = InitiativeDrafts.submitted(api, "tacgia.hn", "Ý tưởng rút lại");
		String review = steps.taskOf(early, "supportTeamReview").getId();
		ApiClient.Response withdrawn = api.post("tacgia.hn", "/api/initiatives/" + early + "/withdraw",
				"{\"reason\":\"Trùng với đồng nghiệp\"}");
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(status("tacgia.hn", early)).isEqualTo("WITHDRAWN");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(early)).count()).isZero();
		ApiClient.Response reviewedTooLate = api.post("hotro.hn", "/api/tasks/" + review + "/complete",
				"{\"supportTeamDecision\":\"accept\"}");
		assertThat(reviewedTooLate.statusCode()).isEqualTo(409);
		assertThat(reviewedTooLate.body().path("code").asText()).as("ended by the withdrawal, not completed")
			.isEqualTo("task.ended");

		long late = InitiativeDrafts.submitted(api, "tacgia.hn", "Ý tưởng đã công nhận");
		steps.complete("hotro.hn", late, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", late, "councilRecognition", RECOGNISE);
		ApiClient.Response refused = api.post("tacgia.hn", "/api/initiatives/" + late + "/withdraw", null);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body().path("code").asText()).isEqualTo("initiative.withdraw.not-allowed");
		assertThat(status("tacgia.hn", late)).isEqualTo("AWAITING_UPLOAD");
	}

	@Test
	@DisplayName("an upload outside the window of its phase is refused with the window in the message; the task stays (R-6.3)")
	void uploadOutsideWindow() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Hệ thống tưới tiết kiệm");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition", RECOGNISE);
		Task upload = steps.taskOf(id, "portalUpload");
		jdbc.update("update programme_phase set upload_opens_at = upload_opens_at + interval '1 year' where code = 'PHASE_2'");
		try {
			ApiClient.Response response = api.post("canbo.hn", "/api/tasks/" + upload.getId() + "/complete",
					"{\"uploadedToPortal\":true}");

			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.body().path("code").asText()).isEqualTo("portal.upload.outside-window");
			assertThat(response.body().path("detail").asText()).contains("07:00 01/06/2023", "24:00 01/09/2023");
			assertThat(taskService.createTaskQuery().taskId(upload.getId()).count()).isEqualTo(1);
			assertThat(status("tacgia.hn", id)).isEqualTo("AWAITING_UPLOAD");
		}
		finally {
			jdbc.update("update programme_phase set upload_opens_at = upload_opens_at - interval '1 year' where code = 'PHASE_2'");
		}
	}

	@Test
	@DisplayName("officers upload many at once; each result is told, a refusal does not hold back the others (R-5.3, R-5.4)")
	void bulkUpload() {
		long first = recognised("Bàn thao tác công thái học");
		long second = recognised("Đèn báo lỗi máy may");
		String firstTask = steps.taskOf(first, "portalUpload").getId();
		String secondTask = steps.taskOf(second, "portalUpload").getId();
		String body = "{\"items\":[{\"taskId\":\"" + firstTask + "\",\"portalReference\":\"A-1\"},{\"taskId\":\"missing\"},"
				+ "{\"taskId\":\"" + secondTask + "\"}]}";

		ApiClient.Response refusedToAnotherUnit = api.post("canbo.dn", "/api/portal-uploads", body);
		ApiClient.Response response = api.post("canbo.hn", "/api/portal-uploads", body);

		assertThat(refusedToAnotherUnit.body().findValuesAsText("code")).containsOnly("task.not-yours", "task.not-found");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().findValues("status")).extracting(JsonNode::asInt).containsExactly(204, 404, 204);
		assertThat(status("tacgia.hn", first)).isEqualTo("PUBLISHED");
		assertThat(status("tacgia.hn", second)).isEqualTo("PUBLISHED");
		assertThat(api.post("hotro.hn", "/api/portal-uploads", body).statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("who sees an initiative: its author, its unit's officers, the officers above it; not another unit")
	void visibility() {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Nháp riêng", "tacgia.hn", "Nguyễn Văn An"));
		assertThat(api.get("hotro.hn", "/api/initiatives/" + draft).statusCode()).as("a draft is the author's").isEqualTo(403);

		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Băng chuyền mini");
		String path = "/api/initiatives/" + id;
		assertThat(api.get("tacgia.hn", path).statusCode()).isEqualTo(200);
		assertThat(api.get("hotro.hn", path).statusCode()).isEqualTo(200);
		assertThat(api.get("khenthuong.caugiay", path).statusCode()).as("direct-superior union").isEqualTo(200);
		assertThat(api.get("khenthuong.hn", path).statusCode()).as("provincial federation").isEqualTo(200);
		assertThat(api.get("hotro.dn", path).statusCode()).isEqualTo(403);
		assertThat(api.get("tacgia.dn", path).statusCode()).isEqualTo(403);
		assertThat(api.get("khenthuong.haichau", path).statusCode()).as("another subtree").isEqualTo(403);
		assertThat(api.put("hotro.hn", path, InitiativeDrafts.complete("x", "tacgia.hn", "x")).statusCode()).isEqualTo(403);
		assertThat(api.put("tacgia.hn", path, InitiativeDrafts.complete("Sửa sau khi gửi", "tacgia.hn", "Nguyễn Văn An"))
			.statusCode()).as("submitted and under review").isEqualTo(409);
	}

	@Test
	@DisplayName("a draft can be deleted; a submitted initiative cannot")
	void deletion() {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", "{\"title\":\"Bỏ đi\"}");
		assertThat(api.delete("tacgia.hn", "/api/initiatives/" + draft).statusCode()).isEqualTo(204);
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + draft).statusCode()).isEqualTo(404);

		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Giữ lại");
		assertThat(api.delete("tacgia.hn", "/api/initiatives/" + submitted).statusCode()).isEqualTo(409);
	}

	@Test
	@DisplayName("a council member who is a co-author may not recognise the initiative; the other member may")
	void noDecisionOnOnesOwnInitiative() {
		String withCouncilMember = InitiativeDrafts.complete("Đồng tác giả là hội đồng", "tacgia.hn", "Nguyễn Văn An")
			.replace("{\"fullName\":\"Lê Văn Bình\",", "{\"fullName\":\"Hoàng Minh Đức\",\"username\":\"hoidong.hn\",");
		long id = InitiativeDrafts.draft(api, "tacgia.hn", withCouncilMember);
		assertThat(api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null).statusCode()).isEqualTo(200);
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		String task = steps.taskOf(id, "councilRecognition").getId();

		ApiClient.Response own = api.post("hoidong.hn", "/api/tasks/" + task + "/complete", RECOGNISE);

		assertThat(own.statusCode()).isEqualTo(403);
		assertThat(own.body().path("code").asText()).isEqualTo("task.own-initiative");
		steps.complete("hoidong2.hn", id, "councilRecognition", RECOGNISE);
	}

	@Test
	@DisplayName("a revision given to the author by name cannot be handed back to nobody")
	void authorsTaskCannotBeUnclaimed() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Không trả lại được");
		steps.complete("hotro.hn", id, "supportTeamReview",
				"{\"supportTeamDecision\":\"return\",\"supportTeamComment\":\"Sửa lại\"}");
		String revision = steps.taskOf(id, "reviseForSupportTeam").getId();

		ApiClient.Response unclaim = api.post("tacgia.hn", "/api/tasks/" + revision + "/unclaim", null);

		assertThat(unclaim.statusCode()).isEqualTo(409);
		assertThat(unclaim.body().path("code").asText()).isEqualTo("task.not-unclaimable");
		assertThat(api.post("tacgia.dn", "/api/tasks/" + revision + "/complete", "{\"authorAnswer\":\"x\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	@DisplayName("a second round's decision needs its own comment: the first round's is not reused (R-5.1)")
	void noValueSurvivesFromAnEarlierRound() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Hai vòng góp ý");
		steps.complete("hotro.hn", id, "supportTeamReview",
				"{\"supportTeamDecision\":\"return\",\"supportTeamComment\":\"Vòng một\"}");
		steps.complete("tacgia.hn", id, "reviseForSupportTeam", "{\"authorAnswer\":\"Đã sửa\"}");
		String second = steps.taskOf(id, "supportTeamReview").getId();

		ApiClient.Response withoutComment = api.post("hotro.hn", "/api/tasks/" + second + "/complete",
				"{\"supportTeamDecision\":\"decline\"}");

		assertThat(withoutComment.statusCode()).isEqualTo(400);
		assertThat(withoutComment.body().path("errors").findValuesAsText("code")).contains("review.comment.required");
	}

	private long recognised(String title) {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", title);
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition", RECOGNISE);
		return id;
	}

	private void assertNotSubmittable(String content, String... codes) {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", content);

		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().path("code").asText()).isEqualTo("initiative.not-ready");
		assertThat(response.body().path("errors").findValuesAsText("code")).contains(codes);
		assertThat(response.body().path("errors").get(0).path("message").asText()).isNotBlank();
		assertThat(status("tacgia.hn", id)).isEqualTo("DRAFT");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
	}



	private String status(String username, long id) {
		return api.get(username, "/api/initiatives/" + id).body().path("status").asText();
	}

	private List<String> inbox(String username) {
		return api.get(username, "/api/tasks?max=200").body().findValuesAsText("initiativeId");
	}

	private Map<String, Long> totals() {
		Map<String, Long> totals = new java.util.HashMap<>();
		jdbc.query("select unit_code, initiative_count, benefit_vnd from unit_phase_total where phase_code = 'PHASE_2'",
				row -> {
					totals.put(row.getString(1) + ":count", row.getLong(2));
					totals.put(row.getString(1) + ":benefit", row.getLong(3));
				});
		jdbc.query("""
				select unit_code, initiative_count from unit_phase_kind_total
				where phase_code = 'PHASE_2' and kind = 'TECHNICAL_SOLUTION'""",
				row -> {
					totals.put(row.getString(1) + ":technical", row.getLong(2));
				});
		return totals;
	}
}
