package vn.congdoan.sangkien.workflow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * Whether a user may act on a task: one of their groups is its candidate (not only a group it was
 * escalated to, which may look but not decide), nobody else holds it, and no {@link TaskGuard} refuses
 * (a person never decides on their own initiative). A task given to one person by name is theirs alone.
 */
@Component
class TaskAuthority {

	private final TaskService tasks;

	private final TaskRaceAnswers races;

	private final List<TaskGuard> guards;

	TaskAuthority(TaskService tasks, TaskRaceAnswers races, List<TaskGuard> guards) {
		this.tasks = tasks;
		this.races = races;
		this.guards = guards;
	}

	/** The task, if the user may act on it; else the refusal that says why not. */
	Task actionable(PlatformUser user, String taskId) {
		return actionable(user, find(taskId), candidateGroupsOf(taskId));
	}

	/**
	 * The task, if the user may see it: shown to the groups it is for (escalated ones included) and to
	 * the person it was given to; with the reason, if any, why this user may not decide it.
	 */
	Visible visible(PlatformUser user, String taskId) {
		Task task = find(taskId);
		Set<String> candidates = candidateGroupsOf(taskId);
		if (user.candidateGroups().stream().noneMatch(candidates::contains) && !user.username().equals(task.getAssignee())) {
			throw ProblemException.forbidden("task.not-yours", taskId);
		}
		try {
			actionable(user, task, candidates);
			return new Visible(task, null);
		}
		catch (ProblemException refusal) {
			return new Visible(task, refusal);
		}
	}

	/** Given to one person by name (the author's revision), not to a group. */
	boolean givenByName(String taskId) {
		return candidateGroupsOf(taskId).isEmpty();
	}

	private Task actionable(PlatformUser user, Task task, Set<String> candidates) {
		String taskId = task.getId();
		if (candidates.isEmpty()) {
			if (!user.username().equals(task.getAssignee())) {
				throw ProblemException.forbidden("task.not-yours", taskId);
			}
			return task;
		}
		Set<String> mine = user.candidateGroups().stream().filter(candidates::contains).collect(Collectors.toSet());
		if (mine.isEmpty()) {
			throw ProblemException.forbidden("task.not-yours", taskId);
		}
		if (escalatedOnly(taskId, mine)) {
			throw ProblemException.forbidden("task.escalated-read-only", taskId);
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
			throw ProblemException.conflict("task.claimed-by-other", task.getAssignee());
		}
		guards.forEach(guard -> guard.check(user, task));
		return task;
	}

	private Task find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw races.missing(taskId);
		}
		return task;
	}

	private Set<String> candidateGroupsOf(String taskId) {
		return tasks.getIdentityLinksForTask(taskId).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.collect(Collectors.toSet());
	}

	private boolean escalatedOnly(String taskId, Set<String> groups) {
		Object escalated = tasks.getVariableLocal(taskId, TaskInbox.ESCALATED_GROUPS);
		return escalated instanceof String list && Set.of(list.split(",")).containsAll(groups);
	}

	/** A task the user may see, and why they may not decide it (null when they may). */
	record Visible(Task task, ProblemException refusal) {
	}
}
