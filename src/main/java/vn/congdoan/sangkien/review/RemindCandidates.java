package vn.congdoan.sangkien.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.workflow.OverdueTasks;
import vn.congdoan.sangkien.workflow.TaskOverdue;

/**
 * BPMN {@code remind...}: the task named by the step's input {@code deadlineOf} has waited past its reminder
 * duration. The reminder is put on the initiative's timeline, where the group's inbox and the author see it, and
 * announced to who may act on the task ({@link TaskOverdue}).
 */
@Component("remindCandidates")
class RemindCandidates implements JavaDelegate {

	private final DecisionLog decisionLog;

	private final OverdueTasks overdue;

	RemindCandidates(DecisionLog decisionLog, OverdueTasks overdue) {
		this.decisionLog = decisionLog;
		this.overdue = overdue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		decisionLog.recordAutomatic(DecisionLog.initiativeIdOf(execution.getVariable("initiativeId")),
				DeadlineStep.taskOf(execution), "reminded", null,
				(String) execution.getVariable("unitCode"));
		overdue.remind(execution, DeadlineStep.taskOf(execution), TaskOverdue.Subject.initiative(
				DecisionLog.initiativeIdOf(execution.getVariable("initiativeId"))));
	}
}
