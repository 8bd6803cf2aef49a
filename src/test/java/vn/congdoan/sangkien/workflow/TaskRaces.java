package vn.congdoan.sangkien.workflow;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.task.Task;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.PlatformUser;

/**
 * Lets a test make something happen at the worst moment of a race, every time: after a user's checks
 * on a task have passed and before their change is written, the window in which a colleague may
 * complete the same task. The last guard of the shared test context (found by its component scan);
 * does nothing unless a test has set it up.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class TaskRaces implements TaskGuard {

	private final AtomicReference<Meanwhile> next = new AtomicReference<>();

	/** The next time {@code username}'s checks on a task pass, {@code colleague} runs to its end first. */
	public void meanwhile(String username, Runnable colleague) {
		next.set(new Meanwhile(username, colleague));
	}

	/** Disarms a race that never came (the request was refused before its checks passed). */
	public void clear() {
		next.set(null);
	}

	@Override
	public void check(PlatformUser user, Task task) {
		Meanwhile meanwhile = next.get();
		if (meanwhile == null || !meanwhile.username().equals(user.username()) || !next.compareAndSet(meanwhile, null)) {
			return;
		}
		// On a thread of its own: on this one it would join the user's transaction instead of racing it.
		try {
			CompletableFuture.runAsync(meanwhile.colleague()).get(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException("The colleague's part of the race failed", e);
		}
	}

	private record Meanwhile(String username, Runnable colleague) {
	}
}
