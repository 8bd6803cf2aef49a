package vn.congdoan.sangkien.review;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.OverdueTasks;
import vn.congdoan.sangkien.workflow.TaskInbox;
import vn.congdoan.sangkien.workflow.TaskOverdue;

/**
 * BPMN {@code escalate...}: the task named by the step's input {@code deadlineOf} has waited past its
 * escalation duration. It shows in the inbox of the direct-superior union's officers too, so they can
 * follow it up; the unit's own group keeps the decision.
 */
@Component("escalateToSuperior")
class EscalateToSuperior implements JavaDelegate {

	private final TaskService tasks;

	private final Units units;

	private final DecisionLog decisionLog;

	private final OverdueTasks overdue;

	EscalateToSuperior(TaskService tasks, Units units, DecisionLog decisionLog, OverdueTasks overdue) {
		this.tasks = tasks;
		this.units = units;
		this.decisionLog = decisionLog;
		this.overdue = overdue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String unitCode = (String) execution.getVariable("unitCode");
		String step = DeadlineStep.taskOf(execution);
		String superior = units.findByCode(unitCode).map(unit -> unit.parentCode()).orElse(null);
		if (superior == null) {
			return;
		}
		String group = Role.UNION_OFFICER.candidateGroup(superior);
		List<Task> served = overdue.servedBy(execution, step);
		for (Task task : served) {
			tasks.addCandidateGroup(task.getId(), group);
			// the superior union follows the task up; the unit's own group still decides.
			tasks.setVariableLocal(task.getId(), TaskInbox.ESCALATED_GROUPS, group);
		}
		long initiativeId = DecisionLog.initiativeIdOf(execution.getVariable("initiativeId"));
		decisionLog.recordAutomatic(initiativeId, step, "escalated", superior, unitCode);
		overdue.announce(execution, step, TaskOverdue.Subject.initiative(initiativeId), served, group);
	}
}
