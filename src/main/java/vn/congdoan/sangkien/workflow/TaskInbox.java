package vn.congdoan.sangkien.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The tasks of a user's groups (role and unit, derived from the token) and what they may do with
 * them. Tasks are found by candidate groups, never by candidate user: that would ask Keycloak for the
 * user's groups on every query (docs/architecture.md, Identity).
 */
@Service
public class TaskInbox {

	private static final Log LOG = LogFactory.getLog(TaskInbox.class);

	public static final int MAX_PAGE = 200;

	/** Task-local variable: the groups a task was escalated to (comma-separated); they see it, they do not decide. */
	public static final String ESCALATED_GROUPS = "escalatedGroups";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final FormService forms;

	private final HistoryService history;

	private final ObjectMapper json;

	private final List<TaskGuard> guards;

	private final TransactionTemplate lookingAfresh;

	TaskInbox(TaskService tasks, RuntimeService runtime, FormService forms, HistoryService history, ObjectMapper json,
			List<TaskGuard> guards, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.forms = forms;
		this.history = history;
		this.json = json;
		this.guards = guards;
		this.lookingAfresh = new TransactionTemplate(transactions);
		this.lookingAfresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lookingAfresh.setReadOnly(true);
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

	/** The checks of {@link #actionable}, as a yes or no; a task completed meanwhile is a no. */
	private boolean mayDecide(PlatformUser user, String taskId) {
		try {
			whileThere(taskId, () -> actionable(user, taskId));
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
		return whileThere(taskId, () -> {
			Task task = find(taskId);
			Set<String> candidates = candidateGroupsOf(taskId);
			if (user.candidateGroups().stream().noneMatch(candidates::contains) && !user.username().equals(task.getAssignee())) {
				throw ProblemException.forbidden("task.not-yours", taskId);
			}
			ProblemException refusal = null;
			try {
				actionable(user, task, candidates);
			}
			catch (ProblemException e) {
				refusal = e;
			}
			String businessKey = businessKeysOf(List.of(task)).get(task.getProcessInstanceId());
			return new TaskForm(InboxTask.of(task, businessKey), schemaOf(taskId).fields(), refusal);
		});
	}

	@Transactional
	public void claim(PlatformUser user, String taskId) {
		whileThere(taskId, () -> {
			Task task = actionable(user, taskId);
			if (!user.username().equals(task.getAssignee())) {
				tasks.claim(taskId, user.username());
			}
			return null;
		});
	}

	@Transactional
	public void unclaim(PlatformUser user, String taskId) {
		whileThere(taskId, () -> {
			Task task = actionable(user, taskId);
			if (candidateGroupsOf(taskId).isEmpty()) {
				// Given to one person by name (the author): without them nobody could take it back.
				throw ProblemException.conflict("task.not-unclaimable");
			}
			if (task.getAssignee() != null) {
				tasks.setAssignee(taskId, null);
			}
			return null;
		});
	}

	/**
	 * Completes the task with the values of its form, checked against the form's schema first; the
	 * BPMN's listeners check what a schema cannot. Either all of it happens or nothing does.
	 */
	@Transactional
	public void complete(PlatformUser user, String taskId, Map<String, Object> values) {
		complete(user, taskId, values, null);
	}

	/** As {@link #complete(PlatformUser, String, Map)}, for a task that must be at the given BPMN step. */
	@Transactional
	public void complete(PlatformUser user, String taskId, Map<String, Object> values, String expectedStep) {
		whileThere(taskId, () -> decide(user, taskId, schema -> values, expectedStep));
	}

	/** As {@link #complete(PlatformUser, String, Map)}, with the values of an HTML form post, typed by the form. */
	@Transactional
	public void completeWithPostedForm(PlatformUser user, String taskId, Map<String, List<String>> posted) {
		whileThere(taskId, () -> decide(user, taskId, schema -> schema.valuesFrom(posted), null));
	}

	private Void decide(PlatformUser user, String taskId, Function<FormSchema, Map<String, Object>> valuesOf,
			String expectedStep) {
		Task task = actionable(user, taskId);
		if (expectedStep != null && !expectedStep.equals(task.getTaskDefinitionKey())) {
			throw ProblemException.conflict("task.wrong-step", task.getName());
		}
		FormSchema schema = schemaOf(taskId);
		Map<String, Object> values = valuesOf.apply(schema);
		List<FieldProblem> problems = schema.problemsOf(values);
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields("task.form.invalid", problems);
		}
		// Every field of the form is set, left-out ones to nothing: no value of an earlier round survives.
		Map<String, Object> submitted = new java.util.HashMap<>(values);
		schema.keys().forEach(key -> submitted.putIfAbsent(key, null));
		if (task.getAssignee() == null) {
			tasks.claim(taskId, user.username());
		}
		tasks.complete(taskId, submitted);
		return null;
	}

	/**
	 * Does the work on a task that another person may complete, claim or change at the same moment: the
	 * loser of such a race gets a 409 that says what happened, never a 500.
	 */
	private <T> T whileThere(String taskId, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ProblemException e) {
			throw e;
		}
		catch (TaskAlreadyClaimedException e) {
			throw ProblemException.conflict("task.claimed-by-other", e.getTaskAssignee());
		}
		catch (OptimisticLockingException e) {
			// Someone else changed the task first: they hold it now, have completed it, or changed it otherwise.
			throw afresh(e, () -> {
				Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
				if (now == null) {
					return missing(taskId);
				}
				return now.getAssignee() == null ? ProblemException.conflict("task.changed-by-other")
						: ProblemException.conflict("task.claimed-by-other", now.getAssignee());
			});
		}
		catch (RuntimeException e) {
			ProblemException problem = ProblemException.causeOf(e).orElse(null);
			if (problem != null) {
				throw problem;
			}
			// The engine fails in more ways than one on a task that vanished under it (reading the form of a
			// task completed a moment ago is a NullPointerException inside Camunda): whatever it was, a task
			// gone meanwhile is answered as such.
			throw afresh(e, () -> tasks.createTaskQuery().taskId(taskId).count() == 0 ? missing(taskId) : e);
		}
	}

	/**
	 * The answer to a failure, from a fresh look at the task in a transaction of its own (the failed one
	 * may be marked for rollback, or refuse every statement after a failed one). If even that look
	 * fails, the first failure stands.
	 */
	private RuntimeException afresh(RuntimeException failure, Supplier<RuntimeException> answer) {
		try {
			return lookingAfresh.execute(status -> answer.get());
		}
		catch (RuntimeException lookFailed) {
			failure.addSuppressed(lookFailed);
			return failure;
		}
	}

	private Task find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw missing(taskId);
		}
		return task;
	}

	/**
	 * Why a task is not there: it has been completed (by anyone), it ended without that (the initiative
	 * withdrawn, its upload window closed), or it never was.
	 */
	private ProblemException missing(String taskId) {
		HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (ended == null) {
			return ProblemException.notFound("task.not-found", taskId);
		}
		// Camunda's delete reason of a task that was completed.
		return "completed".equals(ended.getDeleteReason()) ? ProblemException.conflict("task.already-completed")
				: ProblemException.conflict("task.ended");
	}

	/**
	 * The task, if the user may act on it: one of their groups is its candidate (not only a group it was
	 * escalated to, which may look but not decide), nobody else holds it, and no guard refuses (a person
	 * never decides on their own initiative). A task given to the user by name is theirs alone.
	 */
	private Task actionable(PlatformUser user, String taskId) {
		return actionable(user, find(taskId), candidateGroupsOf(taskId));
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

	private Set<String> candidateGroupsOf(String taskId) {
		return tasks.getIdentityLinksForTask(taskId).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.collect(Collectors.toSet());
	}

	private boolean escalatedOnly(String taskId, Set<String> groups) {
		Object escalated = tasks.getVariableLocal(taskId, ESCALATED_GROUPS);
		return escalated instanceof String list && Set.of(list.split(",")).containsAll(groups);
	}

	private FormSchema schemaOf(String taskId) {
		try (InputStream form = forms.getDeployedTaskForm(taskId)) {
			return FormSchema.of(json.readTree(form));
		}
		catch (IOException e) {
			throw new IllegalStateException("The form of task " + taskId + " cannot be read", e);
		}
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
