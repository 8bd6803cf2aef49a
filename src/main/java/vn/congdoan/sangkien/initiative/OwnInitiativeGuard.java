package vn.congdoan.sangkien.initiative;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
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

	private final Initiatives initiatives;

	OwnInitiativeGuard(TaskService tasks, Initiatives initiatives) {
		this.tasks = tasks;
		this.initiatives = initiatives;
	}

	@Override
	public void check(PlatformUser user, Task task) {
		if (!(tasks.getVariable(task.getId(), "initiativeId") instanceof Number id)) {
			return;
		}
		initiatives.findById(id.longValue())
			.filter(initiative -> initiative.getAuthorUsername().equals(user.username())
					|| initiative.getContributors().stream().anyMatch(c -> user.username().equals(c.getUsername())))
			.ifPresent(initiative -> {
				throw ProblemException.forbidden("task.own-initiative", initiative.getId());
			});
	}
}
