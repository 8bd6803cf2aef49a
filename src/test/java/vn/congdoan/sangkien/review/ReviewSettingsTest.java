package vn.congdoan.sangkien.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task deadlines as configured: per task, otherwise the default, and only durations Camunda's timers take")
class ReviewSettingsTest {

	static final ReviewSettings SETTINGS = new ReviewSettings(
			Map.of("councilRecognition", new ReviewSettings.Deadline("P30D", "P90D")),
			new ReviewSettings.Deadline("P7D", "PT504H"));

	@Test
	@DisplayName("a listed task has its own durations")
	void listedTask() {
		TaskDeadlines deadlines = new TaskDeadlines(SETTINGS);

		assertThat(deadlines.reminderAfter("councilRecognition")).isEqualTo("P30D");
		assertThat(deadlines.escalationAfter("councilRecognition")).isEqualTo("P90D");
	}

	@Test
	@DisplayName("a task not listed has the default durations")
	void otherTask() {
		TaskDeadlines deadlines = new TaskDeadlines(SETTINGS);

		assertThat(deadlines.reminderAfter("portalUpload")).isEqualTo("P7D");
		assertThat(deadlines.escalationAfter("portalUpload")).isEqualTo("PT504H");
	}

	@Test
	@DisplayName("a duration a timer would refuse stops the start instead")
	void badDurationRefused() {
		assertThatThrownBy(() -> new ReviewSettings.Deadline("7 days", "P21D")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> new ReviewSettings.Deadline("P7D", "P1DT")).isInstanceOf(DateTimeParseException.class);
	}
}
