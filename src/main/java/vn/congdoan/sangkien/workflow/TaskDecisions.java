package vn.congdoan.sangkien.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * What a user does with a task of theirs: takes it, gives it back, or completes it with the values of
 * its form. Each runs only if {@link TaskAuthority} lets the user act on the task, and answers a race
 * with another person on it as {@link TaskRaceAnswers} says.
 */
@Service
public class TaskDecisions {

	private final TaskService tasks;

	private final TaskAuthority authority;

	private final TaskRaceAnswers races;

	private final DeployedForms forms;

	private final OneEngineCommand engine;

	TaskDecisions(TaskService tasks, TaskAuthority authority, TaskRaceAnswers races, DeployedForms forms,
			OneEngineCommand engine) {
		this.tasks = tasks;
		this.authority = authority;
		this.races = races;
		this.forms = forms;
		this.engine = engine;
	}

	@Transactional
	public void claim(PlatformUser user, String taskId) {
		races.whileThere(taskId, () -> engine.run(() -> {
			Task task = authority.actionable(user, taskId);
			if (!user.username().equals(task.getAssignee())) {
				tasks.claim(taskId, user.username());
			}
			return null;
		}));
	}

	@Transactional
	public void unclaim(PlatformUser user, String taskId) {
		races.whileThere(taskId, () -> engine.run(() -> {
			Task task = authority.actionable(user, taskId);
			if (authority.givenByName(taskId)) {
				// Given to one person by name (the author): without them nobody could take it back.
				throw ProblemException.conflict("task.not-unclaimable");
			}
			if (task.getAssignee() != null) {
				tasks.setAssignee(taskId, null);
			}
			return null;
		}));
	}

	/**
	 * a member removed from a group gives back the group's tasks they had claimed: the group may take them
	 * again, and the member, no longer of it, could not decide them. Joins the caller's transaction (the removal's);
	 * returns how many tasks went back. Found by the candidate group's identity links and the assignee (both indexed).
	 */
	@Transactional
	public int returnToGroup(String candidateGroup, String assignee) {
		List<Task> claimed = tasks.createTaskQuery().taskCandidateGroup(candidateGroup).includeAssignedTasks()
			.taskAssignee(assignee).list();
		claimed.forEach(task -> tasks.setAssignee(task.getId(), null));
		return claimed.size();
	}

	/**
	 * Completes the task with the values of its form, checked against the form's schema first; the
	 * BPMN's listeners check what a schema cannot. Either all of it happens or nothing does.
	 */
	@Transactional
	public void complete(PlatformUser user, String taskId, Map<String, Object> values) {
		races.whileThere(taskId, () -> engine.run(() -> decide(user, taskId, schema -> values, null)));
	}

	/** As {@link #complete(PlatformUser, String, Map)}, for a task that must be at the given BPMN step. */
	@Transactional
	public void complete(PlatformUser user, String taskId, Map<String, Object> values, String expectedStep) {
		races.whileThere(taskId, () -> engine.run(() -> decide(user, taskId, schema -> values, expectedStep)));
	}

	/** As {@link #complete(PlatformUser, String, Map)}, with the values of an HTML form post, typed by the form. */
	@Transactional
	public void completeWithPostedForm(PlatformUser user, String taskId, Map<String, List<String>> posted) {
		races.whileThere(taskId, () -> engine.run(() -> decide(user, taskId, schema -> schema.valuesFrom(posted), null)));
	}

	private Void decide(PlatformUser user, String taskId, Function<FormSchema, Map<String, Object>> valuesOf,
			String expectedStep) {
		Task task = authority.actionable(user, taskId);
		if (expectedStep != null && !expectedStep.equals(task.getTaskDefinitionKey())) {
			throw ProblemException.conflict("task.wrong-step", task.getName());
		}
		FormSchema schema = forms.of(task);
		Map<String, Object> values = valuesOf.apply(schema);
		List<FieldProblem> problems = schema.problemsOf(values);
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields("task.form.invalid", problems);
		}
		// Every field of the form is set, left-out ones to nothing: no value of an earlier round survives.
		Map<String, Object> submitted = new HashMap<>(values);
		schema.keys().forEach(key -> submitted.putIfAbsent(key, null));
		if (task.getAssignee() == null) {
			tasks.claim(taskId, user.username());
		}
		tasks.complete(taskId, submitted);
		return null;
	}
}
