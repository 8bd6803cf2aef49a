package vn.congdoan.sangkien.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN {@code remindLevelDecision}: a level has left the proposal too long. The reminder goes where the
 * commendation's steps go: the initiative's timeline, or a collective's commendation.
 */
@Component("remindCommendationLevel")
class RemindCommendationLevel implements JavaDelegate {

	private final CommendationTimeline timeline;

	RemindCommendationLevel(CommendationTimeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public void execute(DelegateExecution execution) {
		timeline.recordAutomatic(execution, "levelDecision", "reminded", (String) execution.getVariable("levelUnit"));
	}
}
