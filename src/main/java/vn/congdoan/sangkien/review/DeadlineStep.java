package vn.congdoan.sangkien.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The BPMN task a deadline step (a reminder or an escalation) serves, given to the step as its input
 * parameter {@code deadlineOf} in the model, beside the timer that started it.
 */
final class DeadlineStep {

	static final String SERVED_TASK = "deadlineOf";

	private DeadlineStep() {
	}

	static String taskOf(DelegateExecution step) {
		if (step.getVariableLocal(SERVED_TASK) instanceof String task && !task.isBlank()) {
			return task;
		}
		// A model error: without the input the step would remind or escalate nobody.
		throw new IllegalStateException(
				"BPMN step " + step.getCurrentActivityId() + " lacks its input parameter " + SERVED_TASK);
	}
}
