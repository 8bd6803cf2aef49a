package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * Camunda's timers run on real time while the programme's clock may be set elsewhere (tests and demo
 * start it at 03/10/2022): each timer must be due when the rule says, in the engine's time.
 */
@PlatformTest
@DisplayName("Timers are due when the rules say: task deadlines after the task's creation, the council's at the law's date, the upload window at its close")
class TimerDueDatesTest {

	/** The engine writes due dates to the millisecond; the two clocks are read a moment apart. */
	static final Duration MARGIN = Duration.ofSeconds(5);

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Clock clock;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("the support team is reminded 7 days after the review task was created, and escalated after 21 (application.yaml)")
	void supportTeamReviewDeadlines() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Hạn của nhóm hỗ trợ");
		Task review = steps.taskOf(id, "supportTeamReview");

		assertDueAfter(review, timer(id, "supportTeamReviewReminder"), "P7D");
		assertDueAfter(review, timer(id, "supportTeamReviewEscalation"), "P21D");
	}

	@Test
	@DisplayName("the council is reminded after 30 days and escalated 3 calendar months after the acceptance, its due date, shown in the programme's time (Decree 13/2012, Art. 6.2)")
	void councilDeadlines() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Hạn của hội đồng");
		Instant accepted = clock.instant();
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		Task recognition = steps.taskOf(id, "councilRecognition");
		Duration offset = Duration.between(clock.instant(), Instant.now());
		Instant decideBy = accepted.atZone(ProgrammeTime.ZONE).plusMonths(3).toInstant();

		assertDueAfter(recognition, timer(id, "councilRecognitionReminder"), "P30D");
		assertThat(timer(id, "councilRecognitionEscalation").getDuedate().toInstant())
			.isCloseTo(decideBy.plus(offset), within(MARGIN.toMillis(), ChronoUnit.MILLIS));
		assertThat(recognition.getDueDate()).isEqualTo(timer(id, "councilRecognitionEscalation").getDuedate());
		JsonNode shown = StreamSupport.stream(api.get("hoidong.hn", "/api/tasks?max=200").body().spliterator(), false)
			.filter(task -> task.path("initiativeId").asText().equals(String.valueOf(id)))
			.findFirst()
			.orElseThrow();
		assertThat(Instant.parse(shown.path("due").asText())).as("the inbox shows the programme's date, not the engine's")
			.isCloseTo(decideBy, within(MARGIN.toMillis(), ChronoUnit.MILLIS));
	}

	@Test
	@DisplayName("the upload window's timer is due at the close of phase 2 (00:00 02/09/2023), shifted by the platform clock's offset (R-6.3)")
	void uploadWindowTimerIsShifted() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Hạn đưa lên Cổng");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition", Steps.RECOGNISE);
		Duration offset = Duration.between(clock.instant(), Instant.now());

		Instant due = timer(id, "uploadWindowClosed").getDuedate().toInstant();

		Instant closes = OffsetDateTime.parse("2023-09-02T00:00:00+07:00").toInstant();
		assertThat(offset.abs()).as("the test clock is set years back").isGreaterThan(Duration.ofDays(365));
		assertThat(due).isCloseTo(closes.plus(offset), within(MARGIN.toMillis(), ChronoUnit.MILLIS));
		assertThat(due).as("not the unshifted close").isAfter(Instant.now());
	}

	/** A timer of a task's deadline is due the configured duration after the task was created (real time). */
	private static void assertDueAfter(Task task, Job timer, String duration) {
		Instant created = task.getCreateTime().toInstant();
		// A period of days counts calendar days in the engine's time zone, as Camunda's timers do.
		Instant expected = ZonedDateTime.ofInstant(created, ZoneId.systemDefault())
			.plus(Period.parse(duration))
			.toInstant();
		assertThat(timer.getDuedate().toInstant()).as("%s after %s", duration, created)
			.isCloseTo(expected, within(MARGIN.toMillis(), ChronoUnit.MILLIS));
	}

	private Job timer(long initiativeId, String boundaryEvent) {
		String process = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.processDefinitionKey("initiativeLifecycle")
			.singleResult()
			.getId();
		Job timer = management.createJobQuery().processInstanceId(process).activityId(boundaryEvent).timers().singleResult();
		assertThat(timer).as("timer %s of initiative %s", boundaryEvent, initiativeId).isNotNull();
		return timer;
	}
}
