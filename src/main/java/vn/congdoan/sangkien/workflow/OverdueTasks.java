package vn.congdoan.sangkien.workflow;

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

/**
 * The open tasks a reminder or an escalation serves, and the announcement of their delay to who may act on them
 * ({@link TaskOverdue}), for every process that reminds: an initiative's, an idea's, a commendation's.
 */
@Component
public class OverdueTasks {

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	OverdueTasks(TaskService tasks, ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.events = events;
	}

	/** The open tasks at {@code taskKey} of the timer step's process. */
	public List<Task> servedBy(DelegateExecution step, String taskKey) {
		return tasks.createTaskQuery().processInstanceId(step.getProcessInstanceId()).taskDefinitionKey(taskKey).list();
	}

	/** A reminder: announced to who the task waits on. */
	public void remind(DelegateExecution step, String taskKey, TaskOverdue.Subject subject) {
		announce(step, taskKey, subject, servedBy(step, taskKey), null);
	}

	/** A reminder or, with {@code escalatedTo}, an escalation of these tasks. */
	public void announce(DelegateExecution step, String taskKey, TaskOverdue.Subject subject, List<Task> served,
			String escalatedTo) {
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
		events.publishEvent(new TaskOverdue(step.getId(), subject, taskKey, List.copyOf(waitingOn), escalatedTo));
	}
}
