package vn.congdoan.sangkien.review;

import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long a task may wait before its group is reminded, and before the direct-superior union's
 * officers see it too; per BPMN task, configuration a programme office may change
 * ({@code sangkien.task-deadlines.<taskId>.reminder / .escalation}, ISO-8601 durations).
 */
@Component("taskDeadlines")
@ConfigurationProperties("sangkien.task-deadlines")
public class TaskDeadlines {

	private static final Deadline DEFAULT = new Deadline("P7D", "P21D");

	private Map<String, Deadline> steps = new HashMap<>();

	public Map<String, Deadline> getSteps() {
		return steps;
	}

	public void setSteps(Map<String, Deadline> steps) {
		this.steps = steps;
	}

	public String reminderAfter(String taskId) {
		String configured = steps.getOrDefault(taskId, DEFAULT).getReminder();
		return configured != null ? configured : DEFAULT.getReminder();
	}

	public String escalationAfter(String taskId) {
		String configured = steps.getOrDefault(taskId, DEFAULT).getEscalation();
		return configured != null ? configured : DEFAULT.getEscalation();
	}

	public static class Deadline {

		private String reminder;

		private String escalation;

		public Deadline() {
		}

		public Deadline(String reminder, String escalation) {
			this.reminder = reminder;
			this.escalation = escalation;
		}

		public String getReminder() {
			return reminder;
		}

		public void setReminder(String reminder) {
			this.reminder = checked(reminder);
		}

		public String getEscalation() {
			return escalation;
		}

		public void setEscalation(String escalation) {
			this.escalation = checked(escalation);
		}

		/** Refuses at start-up a duration Camunda's timers would refuse at run time. */
		private static String checked(String iso) {
			if (iso.contains("T")) {
				Duration.parse(iso.startsWith("P") ? iso : "P" + iso);
			}
			else {
				Period.parse(iso);
			}
			return iso;
		}
	}
}
