package vn.congdoan.sangkien.initiative;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.workflow.TaskGuard;

/**
 * Nobody reviews, recognises, uploads or commends their own initiative: an officer who is also its
 * author or a co-author is refused the group's task on it (docs/rules.md#co-author-padding).
 */
@Component
@Order(0)
class OwnInitiativeGuard implements TaskGuard {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	OwnInitiativeGuard(TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.jdbc = jdbc;
	}

	@Override
	public void check(PlatformUser user, Task task) {
		if (tasks.getVariable(task.getId(), "initiativeId") instanceof Number id
				&& !ownAmong(user, new Long[] { id.longValue() }).isEmpty()) {
			throw ProblemException.forbidden("task.own-initiative", id.longValue());
		}
	}

	/** The same for a list: the initiatives of its processes in one query, the user's own among them in another. */
	@Override
	public Set<String> refusedAmong(PlatformUser user, List<Task> page) {
		String[] instances = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
			.toArray(String[]::new);
		if (instances.length == 0) {
			return Set.of();
		}
		Map<String, Long> initiativeOf = new HashMap<>();
		runtime.createVariableInstanceQuery().processInstanceIdIn(instances).variableName("initiativeId").list()
			.forEach(variable -> {
				if (variable.getValue() instanceof Number id) {
					initiativeOf.putIfAbsent(variable.getProcessInstanceId(), id.longValue());
				}
			});
		if (initiativeOf.isEmpty()) {
			return Set.of();
		}
		Set<Long> own = ownAmong(user, initiativeOf.values().stream().distinct().toArray(Long[]::new));
		return page.stream()
			.filter(task -> own.contains(initiativeOf.get(task.getProcessInstanceId())))
			.map(Task::getId)
			.collect(Collectors.toSet());
	}

	/** The initiatives among these that the user wrote or is credited on, in one query. */
	private Set<Long> ownAmong(PlatformUser user, Long[] initiativeIds) {
		return new HashSet<>(jdbc.queryForList("""
				select i.id from initiative i
				where i.id = any(?)
				  and (i.author_username = ?
				       or exists (select 1 from contributor c where c.initiative_id = i.id and c.username = ?))""",
				Long.class, initiativeIds, user.username(), user.username()));
	}
}
