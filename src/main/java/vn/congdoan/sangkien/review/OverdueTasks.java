package vn.congdoan.sangkien.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.DecisionLog;

/** The open tasks a reminder or an escalation serves, and the announcement of their delay to who may act on them. */
@Component
class OverdueTasks {

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	OverdueTasks(TaskService tasks, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.events = events;
	}

	List<Task> servedBy(DelegateExecution step) {
		return tasks.createTaskQuery().processInstanceId(step.getProcessInstanceId())
			.taskDefinitionKey(DeadlineStep.taskOf(step)).list();
	}

	void announce(DelegateExecution step, List<Task> served, String escalatedTo) {
		Set<String> waitingOn = new LinkedHashSet<>();
		for (Task task : served) {
			if (task.getAssignee() != null) {
				waitingOn.add("user:" + task.getAssignee());
			}
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
					waitingOn.add(link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId());
				}
			}
		}
		if (escalatedTo != null) {
			waitingOn.remove("group:" + escalatedTo);
		}
		events.publishEvent(new TaskOverdue(step.getId(), DecisionLog.initiativeIdOf(step.getVariable("initiativeId")),
				DeadlineStep.taskOf(step), List.copyOf(waitingOn), escalatedTo));
	}
}
