package vn.congdoan.sangkien.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The tasks of a user's groups (role and unit, derived from the token) as the user sees them: their
 * inbox, the ones they may decide at a step, a task with its form. Tasks are found by candidate groups,
 * never by candidate user: that would ask Keycloak for the user's groups on every query (docs/architecture.md,
 * Identity). What the user does with a task is {@link TaskDecisions}'s.
 */
@Service
public class TaskInbox {

	private static final Log LOG = LogFactory.getLog(TaskInbox.class);

	public static final int MAX_PAGE = 200;

	/** Task-local variable: the groups a task was escalated to (comma-separated); they see it, they do not decide. */
	public static final String ESCALATED_GROUPS = "escalatedGroups";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final TaskAuthority authority;

	private final TaskRaceAnswers races;

	private final DeployedForms forms;

	TaskInbox(TaskService tasks, RuntimeService runtime, TaskAuthority authority, TaskRaceAnswers races,
			DeployedForms forms) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.authority = authority;
		this.races = races;
		this.forms = forms;
	}

	@Transactional(readOnly = true)
	public List<InboxTask> of(PlatformUser user, int first, int max) {
		return page(visibleTo(user), first, max);
	}

	/**
	 * The tasks at one BPMN step that the user may decide now: their group's, not only escalated to them
	 * (a list of many to act on at once, such as the officer's portal uploads).
	 */
	// Each task is looked at in its own transaction: one completed by someone else meanwhile is left out
	// without spoiling the rest of the list.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<InboxTask> decidable(PlatformUser user, String step) {
		return page(visibleTo(user).taskDefinitionKey(step), 0, MAX_PAGE).stream()
			.filter(task -> task.initiativeId() != null)
			.filter(task -> task.assignee() == null || task.assignee().equals(user.username()))
			.filter(task -> mayDecide(user, task.id()))
			.toList();
	}

	/** The checks of {@link TaskAuthority#actionable}, as a yes or no; a task completed meanwhile is a no. */
	private boolean mayDecide(PlatformUser user, String taskId) {
		try {
			races.whileThere(taskId, () -> authority.actionable(user, taskId));
			return true;
		}
		catch (ProblemException e) {
			return false;
		}
		catch (RuntimeException e) {
			// One task the engine cannot answer for is left out, not the officer's whole list with it.
			LOG.warn("Task " + taskId + " is left out of the list of " + user.username(), e);
			return false;
		}
	}

	/** The group's tasks, claimed or not, and the tasks given to the user by name (the author's revisions). */
	private TaskQuery visibleTo(PlatformUser user) {
		List<String> groups = user.candidateGroups();
		TaskQuery query = tasks.createTaskQuery();
		if (groups.isEmpty()) {
			return query.taskAssignee(user.username());
		}
		return query.or().taskCandidateGroupIn(groups).includeAssignedTasks().taskAssignee(user.username()).endOr();
	}

	private List<InboxTask> page(TaskQuery query, int first, int max) {
		List<Task> page = query
			.orderByTaskCreateTime().asc()
			.listPage(Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE));
		Map<String, String> businessKeys = businessKeysOf(page);
		return page.stream().map(task -> InboxTask.of(task, businessKeys.get(task.getProcessInstanceId()))).toList();
	}

	/**
	 * A task with the fields of its form, for its page: shown to the groups it is for (escalated ones
	 * included) and to the person it was given to; with the reason, if any, why this user may not decide it.
	 */
	@Transactional(readOnly = true)
	public TaskForm form(PlatformUser user, String taskId) {
		return races.whileThere(taskId, () -> {
			TaskAuthority.Visible visible = authority.visible(user, taskId);
			Task task = visible.task();
			String businessKey = businessKeysOf(List.of(task)).get(task.getProcessInstanceId());
			return new TaskForm(InboxTask.of(task, businessKey), forms.of(taskId).fields(), visible.refusal());
		});
	}

	private Map<String, String> businessKeysOf(List<Task> page) {
		String[] ids = page.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
		if (ids.length == 0) {
			return Map.of();
		}
		return runtime.createProcessInstanceQuery()
			.processInstanceIds(Set.of(ids))
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId,
					instance -> instance.getBusinessKey() == null ? "" : instance.getBusinessKey(),
					(a, b) -> a));
	}

	/** A task, the fields of its form, and why the user may not decide it (null when they may). */
	public record TaskForm(InboxTask task, List<FormField> fields, ProblemException refusal) {
	}

	/** A task as the inbox shows it. */
	public record InboxTask(String id, String name, String step, String initiativeId, String assignee,
			Instant created, Instant due) {

		static InboxTask of(Task task, String businessKey) {
			return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), businessKey,
					task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()));
		}

		private static Instant instant(java.util.Date date) {
			return date == null ? null : date.toInstant();
		}
	}
}
