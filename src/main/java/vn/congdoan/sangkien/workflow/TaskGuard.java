package vn.congdoan.sangkien.workflow;

import org.camunda.bpm.engine.task.Task;

import vn.congdoan.sangkien.identity.PlatformUser;

/**
 * A further reason a user may not act on a task of their group, given by the feature that knows it
 * (for example: nobody decides on their own initiative). Refuses with a {@code ProblemException}.
 * Guards are asked in their {@code @Order}.
 */
public interface TaskGuard {

	void check(PlatformUser user, Task task);
}
