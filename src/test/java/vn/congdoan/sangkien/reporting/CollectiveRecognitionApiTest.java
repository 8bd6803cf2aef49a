package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("Collective recognitions: computed, confirmed or amended by the VGCL Office, published (R-7.1, R-7.2)")
class CollectiveRecognitionApiTest {

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecognitionSchedule schedule;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	/** The quarter totals and targets the tests set by hand, for units no other test publishes in. */
	List<SharedRows> kept;

	@BeforeEach
	void keepSharedRows() {
		String units = "unit_code in ('LDLD-22', 'LDLD-34', 'LDLD-36')";
		kept = List.of(SharedRows.keep(jdbc, "unit_quarter_total", "quarter = '2022-Q4' and " + units),
				SharedRows.keep(jdbc, "target", "period = '2022-Q4' and " + units));
	}

	@AfterEach
	void leaveTheDataAsFound() {
		kept.forEach(SharedRows::restore);
	}

	@Test
	@DisplayName("a quarter: the cluster leader above its target is proposed, confirmed and published (R-7.1)")
	void quarterlyConfirmed() {
		quarter("2022-Q4", "LDLD-36", 300, 200);
		quarter("2022-Q4", "LDLD-34", 250, 100);
		quarter("2022-Q4", "LDLD-22", 500, 600);

		ApiClient.Response started = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2022-Q4\"}");

		assertThat(started.statusCode()).isEqualTo(201);
		JsonNode winners = started.body().path("candidates").path("winners");
		assertThat(winners.path("CUM-05").get(0).asText()).isEqualTo("LDLD-36");
		assertThat(winners.path("CUM-04").size()).as("Quảng Ninh leads cluster 4 but is below its target").isZero();
		Task confirm = taskOf("QUARTERLY:2022-Q4");
		assertThat(api.post("hoidong.hn", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"confirm\"}").statusCode()).isEqualTo(403);
		assertThat(api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"confirm\",\"recognitionNote\":\"Đúng quy định\"}").statusCode()).isEqualTo(204);

		JsonNode published = api.get(null, "/api/public/collective-recognitions").body();
		JsonNode quarter = null;
		for (JsonNode row : published) {
			if ("2022-Q4".equals(row.path("period").asText())) {
				quarter = row;
			}
		}
		assertThat(quarter).isNotNull();
		assertThat(quarter.path("winners").path("CUM-05").get(0).asText()).isEqualTo("LDLD-36");
	}

	@Test
	@DisplayName("the Office may amend the winners, naming them; an amendment without names is refused")
	void amended() {
		assertThat(api.post("vanphong.tld", "/api/collective-recognitions", "{\"kind\":\"QUARTERLY\",\"period\":\"2023-Q1\"}")
			.statusCode()).isEqualTo(201);
		Task confirm = taskOf("QUARTERLY:2023-Q1");

		ApiClient.Response withoutNames = api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"amend\"}");
		assertThat(withoutNames.statusCode()).isEqualTo(400);
		assertThat(withoutNames.body().path("errors").findValuesAsText("code")).contains("recognition.winners.required");
		assertThat(api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"amend\",\"amendedWinners\":\"LDLD-01, LDLD-79\"}").statusCode()).isEqualTo(204);

		assertThat(jdbc.queryForObject("select winners from collective_recognition where period = '2023-Q1'", String.class))
			.contains("LDLD-01", "LDLD-79");
	}

	@Test
	@DisplayName("refused: another role, the same recognition twice, a quarter outside the programme, an unknown kind")
	void refusals() {
		assertThat(api.post("khenthuong.tld", "/api/collective-recognitions", "{\"kind\":\"QUARTERLY\",\"period\":\"2023-Q2\"}")
			.statusCode()).isEqualTo(403);
		assertThat(api.post("vanphong.tld", "/api/collective-recognitions", "{\"kind\":\"QUARTERLY\",\"period\":\"2023-Q2\"}")
			.statusCode()).isEqualTo(201);
		ApiClient.Response twice = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2023-Q2\"}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body().path("code").asText()).isEqualTo("recognition.already-started");
		ApiClient.Response outside = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2024-Q1\"}");
		assertThat(outside.body().path("code").asText()).isEqualTo("target.period.outside-programme");
		ApiClient.Response unknown = api.post("vanphong.tld", "/api/collective-recognitions", "{\"kind\":\"MONTHLY\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body().path("code").asText()).isEqualTo("recognition.kind.invalid");
		assertThat(jdbc.queryForObject("select count(*) from collective_recognition where period = '2024-Q1'", Long.class))
			.isZero();
	}

	@Test
	@DisplayName("the calendar starts each ended quarter and the phase-1 review once, and nothing not yet due (R-7.1, R-7.2)")
	void startedByTheCalendar() {
		long finalReviews = jdbc.queryForObject("select count(*) from collective_recognition where kind = 'FINAL_REVIEW'",
				Long.class);

		schedule.startDue();
		schedule.startDue();

		assertThat(jdbc.queryForList("select period from collective_recognition where kind = 'QUARTERLY'", String.class))
			.contains("2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3")
			.doesNotHaveDuplicates();
		assertThat(jdbc.queryForObject("select count(*) from collective_recognition where kind = 'PHASE1_REVIEW'", Long.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from collective_recognition where kind = 'FINAL_REVIEW'", Long.class))
			.as("the programme runs until 2023: the calendar starts no final review (the Office may)").isEqualTo(finalReviews);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey("PHASE1_REVIEW:PHASE_1").count()).isEqualTo(1);
	}

	@Test
	@DisplayName("R-7.3: the final review proposes, per target group, the credited authors with the most published initiatives")
	void finalReviewOfIndividuals() {
		steps.published("Sáng kiến cho tổng kết");

		ApiClient.Response started = api.post("vanphong.tld", "/api/collective-recognitions", "{\"kind\":\"FINAL_REVIEW\"}");

		assertThat(started.statusCode()).isEqualTo(201);
		JsonNode workers = started.body().path("candidates").path("winners").path("WORKER");
		assertThat(workers.isArray()).isTrue();
		assertThat(workers.get(0).path("name").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(workers.get(0).path("initiatives").asLong()).isEqualTo(jdbc.queryForObject(
				"select count(*) from initiative where status = 'PUBLISHED' and credited_username = 'tacgia.hn'", Long.class));
	}

	private Task taskOf(String businessKey) {
		Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
		assertThat(task).isNotNull();
		return task;
	}

	private void quarter(String quarter, String unit, long count, int target) {
		jdbc.update("insert into unit_quarter_total values (?, ?, ?) on conflict (unit_code, quarter) do update set initiative_count = ?",
				unit, quarter, count, count);
		jdbc.update("""
				insert into target (unit_code, period, initiative_count, set_by, set_at) values (?, ?, ?, 'test', now())
				on conflict (unit_code, period) do update set initiative_count = excluded.initiative_count""",
				unit, quarter, target);
	}
}
