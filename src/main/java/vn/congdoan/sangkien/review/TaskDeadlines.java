package vn.congdoan.sangkien.review;

import org.springframework.stereotype.Component;

/**
 * The durations of the reminder and escalation timers of the BPMN's user tasks
 * ({@code ${taskDeadlines.reminderAfter('supportTeamReview')}}), from {@link ReviewSettings}.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

	private final ReviewSettings settings;

	TaskDeadlines(ReviewSettings settings) {
		this.settings = settings;
	}

	public String reminderAfter(String taskId) {
		return settings.of(taskId).reminder();
	}

	public String escalationAfter(String taskId) {
		return settings.of(taskId).escalation();
	}
}
