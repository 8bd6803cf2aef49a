package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.initiative.DecisionLog;

/**
 * Issue 15, Camunda history: the engine's history is kept for its model's time to live after an instance ends and
 * then removed at night, while the platform's own record of the initiative (its timeline, the decision table) stays
 * for ever (docs/operations.md, "Retention").
 */
@PlatformTest
@DisplayName("Camunda's history is removed once its time to live has passed; the initiative's timeline stays")
class HistoryCleanupTest {

	/** The cleanup window of application.yaml, in the engine's time (the JVM's zone). */
	static final LocalTime WINDOW_OPENS = LocalTime.of(1, 0);

	static final LocalTime WINDOW_CLOSES = LocalTime.of(5, 0);

	/** The batch that moves the removal time and the cleanup run on the job executor. */
	static final Duration JOB_EXECUTOR = Duration.ofSeconds(60);

	@Autowired
	ProcessEngine engine;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	DecisionLog decisionLog;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("at start-up the cleanup jobs, two of them, are due inside the window 01:00–05:00 of the engine's time")
	void cleanupScheduledInItsWindow() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(2);

		assertCleanupJobsInTheirWindow();
	}

	@Test
	@DisplayName("a refused initiative's process, past its time to live: history of the instance, its activities, tasks and variables removed; timeline, page, receipt kept")
	void expiredHistoryRemovedTimelineKept() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Lịch sử quy trình: xoá sau thời hạn lưu");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		String councilTask = steps.taskOf(id, "councilRecognition").getId();
		steps.complete("hoidong.hn", id, "councilRecognition",
				"{\"councilDecision\":\"refuse\",\"exclusion\":\"R-3.2\",\"councilReason\":\"Là nhiệm vụ được giao\"}");
		String process = jdbc.queryForObject("select process_instance_id from initiative where id = ?", String.class, id);

		// The engine computed the removal time itself: the end plus the model's time to live, on every row.
		HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(process).singleResult();
		assertThat(ended.getEndTime()).as("the process has ended").isNotNull();
		Integer timeToLive = repository.getProcessDefinition(ended.getProcessDefinitionId()).getHistoryTimeToLive();
		assertThat(timeToLive).isEqualTo(180);
		Date removal = Date.from(ended.getEndTime().toInstant().plus(timeToLive, ChronoUnit.DAYS));
		assertThat(ended.getRemovalTime()).isEqualTo(removal);
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).list())
			.isNotEmpty().allSatisfy(activity -> assertThat(activity.getRemovalTime()).isEqualTo(removal));
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process).list())
			.isNotEmpty().allSatisfy(task -> assertThat(task.getRemovalTime()).isEqualTo(removal));
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).list())
			.isNotEmpty().allSatisfy(variable -> assertThat(variable.getRemovalTime()).isEqualTo(removal));

		List<String> timeline = timelineRows(id);
		JsonNode page = api.get("tacgia.hn", "/api/initiatives/" + id).body();
		assertThat(timeline).contains("councilRecognition refuse hoidong.hn");
		assertThat(api.post("hoidong.hn", "/api/tasks/" + councilTask + "/complete", Steps.RECOGNISE).body().path("code")
			.asText()).as("while its history lasts, the old task is known as completed").isEqualTo("task.already-completed");

		// Older than its time to live: only this instance, so that the cleanup removes nobody else's history.
		Date past = Date.from(Instant.now().minus(1, ChronoUnit.DAYS));
		history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(past).byIds(process).executeAsync();
		await().atMost(JOB_EXECUTOR).untilAsserted(() -> assertThat(
				history.createHistoricVariableInstanceQuery().processInstanceId(process).list())
			.allSatisfy(variable -> assertThat(variable.getRemovalTime()).isEqualTo(past)));
		assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where removal_time_ < now() and proc_inst_id_ <> ?",
				Long.class, process)).as("no other instance's history is due").isZero();

		history.cleanUpHistoryAsync(true);
		await().atMost(JOB_EXECUTOR)
			.until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(process).count() == 0);

		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).count()).isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process).count()).isZero();
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).count()).isZero();
		assertThat(timelineRows(id)).as("the decision table, the programme's record").isEqualTo(timeline);
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body()).as("the initiative as its page shows it")
			.isEqualTo(page);
		assertThat(decisionLog.timelineOf(id)).as("the timeline the page lists").hasSize(timeline.size());
		assertThat(api.download("tacgia.hn", "/api/initiatives/" + id + "/receipt.pdf").getStatusCode().value())
			.as("the receipt, without the council's date the history held").isEqualTo(200);
		ApiClient.Response late = api.post("hoidong.hn", "/api/tasks/" + councilTask + "/complete", Steps.RECOGNISE);
		assertThat(late.statusCode()).as("the old task, its history gone: not found, not a failure").isEqualTo(404);
		assertThat(late.body().path("code").asText()).isEqualTo("task.not-found");
		assertCleanupJobsInTheirWindow();
	}

	private List<String> timelineRows(long id) {
		return jdbc.queryForList("select step || ' ' || outcome || ' ' || actor from decision where initiative_id = ? order by id",
				String.class, id);
	}

	/** Due at the window's opening or, when it runs inside the window, later in it; never outside it. */
	private void assertCleanupJobsInTheirWindow() {
		List<Job> jobs = history.findHistoryCleanupJobs();
		assertThat(jobs).hasSize(2).allSatisfy(job -> {
			LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
			assertThat(due).isBetween(WINDOW_OPENS, WINDOW_CLOSES);
		});
	}
}
