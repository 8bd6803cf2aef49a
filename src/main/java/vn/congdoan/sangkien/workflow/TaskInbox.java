package vn.congdoan.sangkien.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
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

	public static final int MAX_PAGE = 200;

	/** Task-local variable: the groups a task was escalated to (comma-separated); they see it, they do not decide. */
	public static final String ESCALATED_GROUPS = "escalatedGroups";

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final TaskAuthority authority;

	private final TaskRaceAnswers races;

	private final DeployedForms forms;

	private final EngineTime engineTime;

	TaskInbox(JdbcTemplate jdbc, RuntimeService runtime, TaskAuthority authority, TaskRaceAnswers races,
			DeployedForms forms, EngineTime engineTime) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.authority = authority;
		this.races = races;
		this.forms = forms;
		this.engineTime = engineTime;
	}

	@Transactional(readOnly = true)
	public List<InboxTask> of(PlatformUser user, int first, int max) {
		return visibleTo(user, null, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
			.map(VisibleTask::task)
			.toList();
	}

	/**
	 * How many of the user's tasks wait at each step, and how many of them are past their due date, for the
	 * inbox's header: one grouped query, whatever the number of tasks.
	 */
	@Transactional(readOnly = true)
	public List<StepCount> countsOf(PlatformUser user, Instant now) {
		return jdbc.query("""
				select t.task_def_key_, t.name_, count(*), count(*) filter (where t.due_date_ < ?)
				from act_ru_task t
				where t.id_ in (%s)
				group by t.task_def_key_, t.name_
				order by min(t.create_time_)""".formatted(VISIBLE_IDS),
				(rs, row) -> new StepCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
				new Timestamp(engineTime.engine(now).getTime()), groups(user), user.username(), user.username());
	}

	/**
	 * How many tasks wait at a step for a group, claimed or not (the council's tasks of a union before its last
	 * member is removed, R-5.1): through the candidate group's identity links (index on the group).
	 */
	@Transactional(readOnly = true)
	public long waitingFor(String candidateGroup, String step) {
		return jdbc.queryForObject("""
				select count(distinct t.id_) from act_ru_task t
				join act_ru_identitylink l on l.task_id_ = t.id_
				where l.type_ = 'candidate' and l.group_id_ = ? and t.task_def_key_ = ?""", Long.class, candidateGroup, step);
	}

	/**
	 * The tasks at one BPMN step that the user may decide now: their group's, not only escalated to them
	 * (a list of many to act on at once, such as the officer's portal uploads). The rules of
	 * {@link TaskAuthority} for the whole list in a constant number of queries: the candidate groups and the
	 * escalation come with the tasks, the guards answer for the list at once.
	 */
	@Transactional(readOnly = true)
	public List<InboxTask> decidable(PlatformUser user, String step) {
		List<VisibleTask> candidates = visibleTo(user, step, 0, MAX_PAGE).stream()
			.filter(visible -> visible.task().initiativeId() != null)
			.filter(visible -> authority.mayDecide(user, visible.task().assignee(), visible.candidateGroups(),
					visible.escalatedGroups()))
			.toList();
		// As TaskAuthority: the guards are asked about group tasks, never about a task given to the user by name.
		Set<String> refused = authority.refusedByGuards(user, candidates.stream()
			.filter(visible -> !visible.candidateGroups().isEmpty())
			.map(visible -> visible.task().id())
			.toList());
		return candidates.stream().map(VisibleTask::task).filter(task -> !refused.contains(task.id())).toList();
	}

	/**
	 * The group's tasks, claimed or not, and the tasks given to the user by name (the author's revisions), oldest
	 * first; at one step only, unclaimed or the user's own, if {@code step} is given. One query on the engine's
	 * tables: the candidate groups' identity links (index on the group) and the assignee (index) give the ids, the
	 * page is cut from their tasks, and only then are the page's tasks joined to their process instance (the
	 * business key), their candidate groups and their escalation (by primary key and the task's id, indexed).
	 * Camunda's own task query for the same (an OR over a left join of the tasks with their identity links, then
	 * DISTINCT) can only walk all open tasks of the database oldest first until it has the page: quick when the
	 * user's tasks are the oldest, a scan of every older task when they are few or young
	 * (docs/benchmarks/explain.md, "Task reads").
	 */
	private List<VisibleTask> visibleTo(PlatformUser user, String step, int first, int max) {
		return jdbc.query("""
				select p.id_, p.name_, p.task_def_key_, case when e.id_ is not null then coalesce(e.business_key_, '') end,
				       p.assignee_, p.create_time_, p.due_date_,
				       array(select l.group_id_ from act_ru_identitylink l
				             where l.task_id_ = p.id_ and l.type_ = 'candidate' and l.group_id_ is not null),
				       (select v.text_ from act_ru_variable v where v.task_id_ = p.id_ and v.name_ = ?)
				from (select t.id_, t.name_, t.task_def_key_, t.proc_inst_id_, t.assignee_, t.create_time_, t.due_date_
				      from act_ru_task t
				      where t.id_ in (%s)
				        and (cast(? as varchar) is null
				             or t.task_def_key_ = ? and (t.assignee_ is null or t.assignee_ = ?))
				      order by t.create_time_, t.id_
				      offset ? limit ?) p
				left join act_ru_execution e on e.id_ = p.proc_inst_id_
				order by p.create_time_, p.id_""".formatted(VISIBLE_IDS), (rs, row) -> new VisibleTask(
				new InboxTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						engineTime.programme(rs.getTimestamp(6)), engineTime.programme(rs.getTimestamp(7))),
				Set.copyOf(Arrays.asList((String[]) rs.getArray(8).getArray())), TaskAuthority.groupsIn(rs.getString(9))),
				ESCALATED_GROUPS, groups(user), user.username(), user.username(), step, step, user.username(), first, max);
	}

	/**
	 * The ids of the tasks a user sees: of a candidate group of theirs, offered to them by name, or given to them
	 * (parameters: groups, username, username). Each part walks an index of Camunda's (group, user, assignee).
	 */
	private static final String VISIBLE_IDS = """
			select l.task_id_ from act_ru_identitylink l where l.type_ = 'candidate' and l.group_id_ = any(?)
			union
			select n.task_id_ from act_ru_identitylink n where n.type_ = 'candidate' and n.user_id_ = ?
			union
			select a.id_ from act_ru_task a where a.assignee_ = ?""";

	private static String[] groups(PlatformUser user) {
		return user.candidateGroups().toArray(String[]::new);
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
			return new TaskForm(new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), businessKey,
					task.getAssignee(), engineTime.programme(task.getCreateTime()), engineTime.programme(task.getDueDate())),
					forms.of(taskId).fields(), visible.refusal());
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

	/** A task of the user's list, with its candidate groups and the groups it was escalated to. */
	private record VisibleTask(InboxTask task, Set<String> candidateGroups, Set<String> escalatedGroups) {
	}

	/** How many of the user's tasks wait at a step, and how many of them are overdue. */
	public record StepCount(String step, String name, long count, long overdue) {
	}

	/** A task, the fields of its form, and why the user may not decide it (null when they may). */
	public record TaskForm(InboxTask task, List<FormField> fields, ProblemException refusal) {
	}

	/** A task as the inbox shows it, its dates in the programme's time ({@link EngineTime}). */
	public record InboxTask(String id, String name, String step, String initiativeId, String assignee,
			Instant created, Instant due) {
	}
}
