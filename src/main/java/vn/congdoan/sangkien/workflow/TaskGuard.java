package vn.congdoan.sangkien.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * A further reason a user may not act on a task of their group, given by the feature that knows it
 * (for example: nobody decides on their own initiative). Refuses with a {@code ProblemException}.
 * Guards are asked in their {@code @Order}.
 */
public interface TaskGuard {

	void check(PlatformUser user, Task task);

	/**
	 * The ids of the tasks among these that the user may not act on, asked once for a whole list (the officer's
	 * uploads). By default each task is checked alone: a guard that reads the database answers for the list
	 * in a constant number of queries instead.
	 */
	default Set<String> refusedAmong(PlatformUser user, List<Task> tasks) {
		Set<String> refused = new HashSet<>();
		for (Task task : tasks) {
			try {
				check(user, task);
			}
			catch (ProblemException refusal) {
				refused.add(task.getId());
			}
		}
		return refused;
	}
}
