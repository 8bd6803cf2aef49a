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
		kept = List.of(SharedRows.keep(jdbc, "unit_quarter_total", "quarter = '2022-Q3' and " + units),
				SharedRows.keep(jdbc, "target", "period = '2022-Q3' and " + units));
		// Each ended quarter is started by the calendar; the Office computes one again after correcting data.
		schedule.startDue();
	}

	@AfterEach
	void leaveTheDataAsFound() {
		kept.forEach(SharedRows::restore);
	}

	@Test
	@DisplayName("a quarter computed again after its totals were corrected: the cluster leader above its target is proposed, confirmed and published; the first computation stays on record (R-7.1)")
	void quarterlyComputedAgainAndConfirmed() {
		quarter("2022-Q3", "LDLD-36", 300, 200);
		quarter("2022-Q3", "LDLD-34", 250, 100);
		quarter("2022-Q3", "LDLD-22", 500, 600);
		long first = current("2022-Q3");

		ApiClient.Response again = api.post("vanphong.tld", "/api/collective-recognitions/" + first + "/again", null);

		assertThat(again.statusCode()).as("%s", again.body()).isEqualTo(201);
		long second = again.body().path("id").asLong();
		assertThat(jdbc.queryForObject("select status || ' ' || replaced_by from collective_recognition where id = ?",
				String.class, first)).isEqualTo("REPLACED " + second);
		JsonNode winners = again.body().path("candidates").path("winners");
		assertThat(winners.path("CUM-05").get(0).asText()).isEqualTo("LDLD-36");
		assertThat(winners.path("CUM-04").size()).as("Quảng Ninh leads cluster 4 but is below its target").isZero();
		Task confirm = taskOf("QUARTERLY:2022-Q3");
		assertThat(api.post("hoidong.hn", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"confirm\"}").statusCode()).isEqualTo(403);
		assertThat(api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"confirm\",\"recognitionNote\":\"Đúng quy định\"}").statusCode()).isEqualTo(204);

		JsonNode published = api.get(null, "/api/public/collective-recognitions").body();
		List<JsonNode> quarter = new java.util.ArrayList<>();
		for (JsonNode row : published) {
			if ("2022-Q3".equals(row.path("period").asText())) {
				quarter.add(row);
			}
		}
		assertThat(quarter).as("only the current computation is published").hasSize(1);
		assertThat(quarter.get(0).path("winners").path("CUM-05").get(0).asText()).isEqualTo("LDLD-36");
		ApiClient.Response replacedAgain = api.post("vanphong.tld", "/api/collective-recognitions/" + first + "/again", null);
		assertThat(replacedAgain.statusCode()).isEqualTo(409);
		assertThat(replacedAgain.body().path("code").asText()).isEqualTo("recognition.already-replaced");
	}

	@Test
	@DisplayName("the Office may amend the winners, naming them; an amendment without names is refused")
	void amended() {
		assertThat(api.post("vanphong.tld", "/api/collective-recognitions/" + current("2022-Q2") + "/again", null)
			.statusCode()).isEqualTo(201);
		Task confirm = taskOf("QUARTERLY:2022-Q2");

		ApiClient.Response withoutNames = api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"amend\"}");
		assertThat(withoutNames.statusCode()).isEqualTo(400);
		assertThat(withoutNames.body().path("errors").findValuesAsText("code")).contains("recognition.winners.required");
		assertThat(api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"amend\",\"amendedWinners\":\"LDLD-01, LDLD-79\"}").statusCode()).isEqualTo(204);

		assertThat(jdbc.queryForObject("select winners from collective_recognition where period = '2022-Q2' and status <> 'REPLACED'",
				String.class)).contains("LDLD-01", "LDLD-79");
	}

	@Test
	@DisplayName("refused: another role, a quarter not ended yet, the same recognition twice, a quarter outside the programme, an unknown kind")
	void refusals() {
		assertThat(api.post("khenthuong.tld", "/api/collective-recognitions", "{\"kind\":\"QUARTERLY\",\"period\":\"2022-Q1\"}")
			.statusCode()).isEqualTo(403);
		assertThat(api.post("khenthuong.tld", "/api/collective-recognitions/" + current("2022-Q1") + "/again", null)
			.statusCode()).isEqualTo(403);
		ApiClient.Response notEnded = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2022-Q4\"}");
		assertThat(notEnded.statusCode()).as("03/10/2022: the fourth quarter has just begun").isEqualTo(400);
		assertThat(notEnded.body().path("code").asText()).isEqualTo("recognition.quarter.not-ended");
		ApiClient.Response twice = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2022-Q1\"}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body().path("code").asText()).isEqualTo("recognition.already-started");
		ApiClient.Response outside = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2024-Q1\"}");
		assertThat(outside.body().path("code").asText()).isEqualTo("target.period.outside-programme");
		ApiClient.Response unknown = api.post("vanphong.tld", "/api/collective-recognitions", "{\"kind\":\"MONTHLY\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body().path("code").asText()).isEqualTo("recognition.kind.invalid");
		assertThat(api.post("vanphong.tld", "/api/collective-recognitions/999999/again", null).statusCode()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from collective_recognition where period in ('2022-Q4', '2024-Q1')",
				Long.class)).isZero();
	}

	@Test
	@DisplayName("the calendar starts each ended quarter and the phase-1 review once, and nothing not yet due (R-7.1, R-7.2)")
	void startedByTheCalendar() {
		long finalReviews = jdbc.queryForObject("select count(*) from collective_recognition where kind = 'FINAL_REVIEW'",
				Long.class);

		schedule.startDue();
		schedule.startDue();

		assertThat(jdbc.queryForList("select period from collective_recognition where kind = 'QUARTERLY' and status <> 'REPLACED'",
				String.class))
			.contains("2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3")
			.doesNotHaveDuplicates();
		assertThat(jdbc.queryForObject("select count(*) from collective_recognition where kind = 'PHASE1_REVIEW' and status <> 'REPLACED'",
				Long.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from collective_recognition where kind = 'FINAL_REVIEW'", Long.class))
			.as("the programme runs until 2023: the calendar starts no final review (the Office may)").isEqualTo(finalReviews);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey("PHASE1_REVIEW:PHASE_1").count()).isEqualTo(1);
	}

	@Test
	@DisplayName("R-7.3: the final review proposes as many credited authors of each target group as the Office asked; the VGCL emulation and commendation council decides, the Office confirms")
	void finalReviewOfIndividuals() {
		steps.published("Sáng kiến cho tổng kết");
		assertThat(api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"FINAL_REVIEW\",\"individualsPerGroup\":0}").statusCode()).isEqualTo(400);
		assertThat(api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"QUARTERLY\",\"period\":\"2022-Q1\",\"individualsPerGroup\":3}").body().path("code").asText())
			.isEqualTo("recognition.individuals.invalid");

		ApiClient.Response started = api.post("vanphong.tld", "/api/collective-recognitions",
				"{\"kind\":\"FINAL_REVIEW\",\"individualsPerGroup\":1}");

		assertThat(started.statusCode()).as("%s", started.body()).isEqualTo(201);
		JsonNode workers = started.body().path("candidates").path("winners").path("WORKER");
		assertThat(workers.size()).as("one of each group, as asked").isEqualTo(1);
		assertThat(workers.get(0).path("name").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(workers.get(0).path("initiatives").asLong()).isEqualTo(jdbc.queryForObject(
				"select count(*) from initiative where status = 'PUBLISHED' and credited_username = 'tacgia.hn'", Long.class));
		Task decide = taskOf("FINAL_REVIEW:FINAL");
		assertThat(decide.getTaskDefinitionKey()).isEqualTo("emulationCouncilDecision");
		assertThat(api.post("vanphong.tld", "/api/tasks/" + decide.getId() + "/complete",
				"{\"councilWinnersDecision\":\"confirm\"}").statusCode()).as("the council decides, not the Office").isEqualTo(403);
		assertThat(api.post("khenthuong.tld", "/api/tasks/" + decide.getId() + "/complete",
				"{\"councilWinnersDecision\":\"amend\",\"councilWinners\":\"Nguyễn Văn An, Trần Thị Bình\"}").statusCode())
			.isEqualTo(204);
		Task confirm = taskOf("FINAL_REVIEW:FINAL");
		assertThat(api.post("vanphong.tld", "/api/tasks/" + confirm.getId() + "/complete",
				"{\"recognitionDecision\":\"confirm\"}").statusCode()).isEqualTo(204);

		assertThat(jdbc.queryForObject("select winners from collective_recognition where kind = 'FINAL_REVIEW' and status = 'PUBLISHED'",
				String.class)).as("the council's list, confirmed").contains("Nguyễn Văn An", "Trần Thị Bình");
	}

	/** The current recognition of a quarter, as the calendar started it or the Office last computed it. */
	private long current(String quarter) {
		return jdbc.queryForObject("select id from collective_recognition where kind = 'QUARTERLY' and period = ? and status <> 'REPLACED'",
				Long.class, quarter);
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
