package vn.congdoan.sangkien.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mockito.ArgumentCaptor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.workflow.EngineTime;

@DisplayName("Task deadlines as configured: per task, otherwise the default, and only durations Camunda's timers take")
class ReviewSettingsTest {

	static final ReviewSettings SETTINGS = new ReviewSettings(
			Map.of("councilRecognition", new ReviewSettings.Deadline("P30D", "P90D")),
			new ReviewSettings.Deadline("P7D", "PT504H"));

	/** The programme's clock of the demo and tests: years behind the engine's. */
	static final Clock PROGRAMME = Clock.fixed(Instant.parse("2022-11-30T03:00:00Z"), ProgrammeTime.ZONE);

	static final EngineTime ENGINE_TIME = new EngineTime(PROGRAMME);

	@Test
	@DisplayName("a listed task has its own durations")
	void listedTask() {
		TaskDeadlines deadlines = new TaskDeadlines(SETTINGS, PROGRAMME, ENGINE_TIME);

		assertThat(deadlines.reminderAfter("councilRecognition")).isEqualTo("P30D");
		assertThat(deadlines.escalationAfter("councilRecognition")).isEqualTo("P90D");
	}

	@Test
	@DisplayName("a task not listed has the default durations")
	void otherTask() {
		TaskDeadlines deadlines = new TaskDeadlines(SETTINGS, PROGRAMME, ENGINE_TIME);

		assertThat(deadlines.reminderAfter("portalUpload")).isEqualTo("P7D");
		assertThat(deadlines.escalationAfter("portalUpload")).isEqualTo("PT504H");
	}

	@Test
	@DisplayName("a duration a timer would refuse stops the start instead")
	void badDurationRefused() {
		assertThatThrownBy(() -> new ReviewSettings.Deadline("7 days", "P21D")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> new ReviewSettings.Deadline("P7D", "P1DT")).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	@DisplayName("Decree 13/2012: accepted on 30/11/2022 at 10:00, the council decides by 28/02/2023 at 10:00 (3 calendar months)")
	void councilDecidesWithinThreeMonths() {
		TaskDeadlines deadlines = new TaskDeadlines(new ReviewSettings(
				Map.of("councilRecognition", new ReviewSettings.Deadline("P30D", "P3M")), SETTINGS.otherwise()),
				PROGRAMME, ENGINE_TIME);
		DelegateExecution acceptance = mock(DelegateExecution.class);

		deadlines.startCouncilClock(acceptance);

		ArgumentCaptor<Date> decideBy = ArgumentCaptor.forClass(Date.class);
		verify(acceptance).setVariable(eq("councilDecideBy"), decideBy.capture());
		assertThat(ENGINE_TIME.programme(decideBy.getValue()))
			.isCloseTo(Instant.parse("2023-02-28T03:00:00Z"), within(5, ChronoUnit.SECONDS));
	}

	@Test
	@DisplayName("a phase-1 upload recognised before its window opens is reminded 7 days after the opening, not after its recognition")
	void uploadRemindedFromTheWindowsOpening() {
		TaskDeadlines deadlines = new TaskDeadlines(new ReviewSettings(
				Map.of("portalUpload", new ReviewSettings.Deadline("P7D", "P21D")), SETTINGS.otherwise()), PROGRAMME, ENGINE_TIME);
		DelegateExecution upload = mock(DelegateExecution.class);
		Instant opens = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		when(upload.getVariable("uploadOpensAt")).thenReturn(Date.from(opens));

		assertThat(deadlines.afterWindowOpens(upload, "reminder").toInstant())
			.isEqualTo(opens.atZone(ZoneId.systemDefault()).plusDays(7).toInstant());
		assertThat(deadlines.afterWindowOpens(upload, "escalation").toInstant())
			.isEqualTo(opens.atZone(ZoneId.systemDefault()).plusDays(21).toInstant());

		when(upload.getVariable("uploadOpensAt")).thenReturn(Date.from(Instant.now().minus(3, ChronoUnit.DAYS)));
		assertThat(deadlines.afterWindowOpens(upload, "reminder").toInstant()).as("an open window: from now")
			.isCloseTo(Instant.now().atZone(ZoneId.systemDefault()).plusDays(7).toInstant(), within(5, ChronoUnit.SECONDS));
	}
}
