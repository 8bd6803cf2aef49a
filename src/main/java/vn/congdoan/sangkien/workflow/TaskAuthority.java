package vn.congdoan.sangkien.workflow;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
 * (a person never decides on their own initiative). A task given to one person by name is theirs alone; one
 * offered to a person by name beside a group (the member's own upload, R-5.3) is theirs too.
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
		return actionable(user, find(taskId), candidatesOf(taskId));
	}

	/**
	 * The task, if the user may see it: shown to the groups it is for (escalated ones included) and to
	 * the person it was given to; with the reason, if any, why this user may not decide it.
	 */
	Visible visible(PlatformUser user, String taskId) {
		Task task = find(taskId);
		Candidates candidates = candidatesOf(taskId);
		if (user.candidateGroups().stream().noneMatch(candidates.groups()::contains) && !user.username().equals(task.getAssignee())
				&& !candidates.users().contains(user.username())) {
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
		return candidatesOf(taskId).groups().isEmpty();
	}

	/**
	 * Whether the user may decide a task of a list by the rules of its groups and its assignee, with its candidate
	 * groups and escalation read with the list; the guards answer for the whole list in {@link #refusedByGuards}.
	 */
	boolean mayDecide(PlatformUser user, String assignee, Set<String> candidates, Set<String> escalated) {
		return refusal(user, null, assignee, candidates, () -> escalated) == null;
	}

	/**
	 * The tasks among these that a {@link TaskGuard} refuses the user, asked once for the whole list; a task
	 * gone meanwhile is refused too.
	 */
	Set<String> refusedByGuards(PlatformUser user, List<String> taskIds) {
		if (guards.isEmpty() || taskIds.isEmpty()) {
			return Set.of();
		}
		List<Task> found = tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).list();
		Set<String> refused = new HashSet<>(taskIds);
		found.forEach(task -> refused.remove(task.getId()));
		guards.forEach(guard -> refused.addAll(guard.refusedAmong(user, found)));
		return refused;
	}

	private Task actionable(PlatformUser user, Task task, Candidates offered) {
		Set<String> candidates = offered.groups();
		// Offered to one person by name beside a group (R-5.3: the member uploads their own initiative): theirs as
		// much as the group's, and no guard stands between them and it.
		if (offered.users().contains(user.username())) {
			if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
				throw ProblemException.conflict("task.claimed-by-other", task.getAssignee());
			}
			return task;
		}
		ProblemException refusal = refusal(user, task.getId(), task.getAssignee(), candidates,
				() -> escalatedGroupsOf(task.getId()));
		if (refusal != null) {
			throw refusal;
		}
		// A task given to one person by name (the author's revision) is theirs: no guard stands between them and it.
		if (!candidates.isEmpty()) {
			guards.forEach(guard -> guard.check(user, task));
		}
		return task;
	}

	/** Why the user may not act on a task by the rules of its groups and its assignee; null when they may. */
	private static ProblemException refusal(PlatformUser user, String taskId, String assignee, Set<String> candidates,
			Supplier<Set<String>> escalated) {
		if (candidates.isEmpty()) {
			return user.username().equals(assignee) ? null : ProblemException.forbidden("task.not-yours", taskId);
		}
		Set<String> mine = user.candidateGroups().stream().filter(candidates::contains).collect(Collectors.toSet());
		if (mine.isEmpty()) {
			return ProblemException.forbidden("task.not-yours", taskId);
		}
		if (escalated.get().containsAll(mine)) {
			return ProblemException.forbidden("task.escalated-read-only", taskId);
		}
		if (assignee != null && !assignee.equals(user.username())) {
			return ProblemException.conflict("task.claimed-by-other", assignee);
		}
		return null;
	}

	private Task find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw races.missing(taskId);
		}
		return task;
	}

	/** The groups and the people a task is offered to, read once. */
	private Candidates candidatesOf(String taskId) {
		Set<String> groups = new HashSet<>();
		Set<String> users = new HashSet<>();
		tasks.getIdentityLinksForTask(taskId).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.forEach(link -> {
				if (link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
				if (link.getUserId() != null) {
					users.add(link.getUserId());
				}
			});
		return new Candidates(groups, users);
	}

	private record Candidates(Set<String> groups, Set<String> users) {
	}

	private Set<String> escalatedGroupsOf(String taskId) {
		return tasks.getVariableLocal(taskId, TaskInbox.ESCALATED_GROUPS) instanceof String list ? groupsIn(list) : Set.of();
	}

	/** The groups of {@link TaskInbox#ESCALATED_GROUPS}, comma-separated; none if it is not set. */
	static Set<String> groupsIn(String list) {
		return list == null ? Set.of() : Set.copyOf(Arrays.asList(list.split(",")));
	}

	/** A task the user may see, and why they may not decide it (null when they may). */
	record Visible(Task task, ProblemException refusal) {
	}
}
