package vn.congdoan.sangkien.review;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a task may wait before its group is reminded, and before the direct-superior union's
 * officers see it too (ISO-8601), with the defaults in {@code application.yaml}: a programme office may
 * change them.
 *
 * @param steps per BPMN user task
 * @param otherwise for a task not listed in {@code steps}
 */
@ConfigurationProperties("sangkien.task-deadlines")
record ReviewSettings(Map<String, Deadline> steps, Deadline otherwise) {

	ReviewSettings {
		steps = steps == null ? Map.of() : Map.copyOf(steps);
	}

	Deadline of(String task) {
		return steps.getOrDefault(task, otherwise);
	}

	/** Checked at start-up: a duration Camunda's timers would refuse at run time stops the start instead. */
	record Deadline(String reminder, String escalation) {

		Deadline {
			checked(reminder);
			checked(escalation);
		}

		private static void checked(String iso) {
			if (iso.contains("T")) {
				Duration.parse(iso.startsWith("P") ? iso : "P" + iso);
			}
			else {
				Period.parse(iso);
			}
		}
	}
}
