package vn.congdoan.sangkien.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.workflow.OverdueTasks;
import vn.congdoan.sangkien.workflow.TaskOverdue;

/**
 * BPMN {@code remindLevelDecision}: a level has left the proposal too long. The reminder goes where the
 * commendation's steps go: the initiative's timeline, or a collective's commendation; and it is announced
 * to the level's approvers ({@link TaskOverdue}).
 */
@Component("remindCommendationLevel")
class RemindCommendationLevel implements JavaDelegate {

	private final CommendationTimeline timeline;

	private final OverdueTasks overdue;

	RemindCommendationLevel(CommendationTimeline timeline, OverdueTasks overdue) {
		this.timeline = timeline;
		this.overdue = overdue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		timeline.recordAutomatic(execution, "levelDecision", "reminded", (String) execution.getVariable("levelUnit"));
		overdue.remind(execution, "levelDecision",
				execution.getVariable("initiativeId") instanceof Number initiative
						? TaskOverdue.Subject.initiative(initiative.longValue())
						: new TaskOverdue.Subject("commendation",
								((Number) execution.getVariable("commendationId")).longValue(), "/inbox"));
	}
}
