package vn.congdoan.sangkien.appointment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.UnitRole;

/**
 * Makes two removals meet at the worst moment, every time: when one has passed its checks and not yet written, the
 * other starts, and the first goes on only once the other has passed the same checks too, or waits for the unit's
 * lock. The shared test context's only {@link AppointmentChecked} (found by its component scan); does nothing unless
 * a test has set it up.
 */
@Component
public class AppointmentRaces implements AppointmentChecked {

	private final JdbcTemplate jdbc;

	/** The race set up, until the removal it waits for passes its checks. */
	private final AtomicReference<Race> armed = new AtomicReference<>();

	/** The race under way: the first removal waits in its window for the colleague's. */
	private final AtomicReference<Race> running = new AtomicReference<>();

	AppointmentRaces(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next time the removal of {@code username} has passed its checks, {@code colleague} starts on a thread of
	 * its own (on this one it would join the removal's transaction instead of racing it); its answer is the future's.
	 */
	public <T> CompletableFuture<T> meanwhile(String username, Supplier<T> colleague) {
		CompletableFuture<T> answer = new CompletableFuture<>();
		armed.set(new Race(username, () -> CompletableFuture.supplyAsync(colleague).whenComplete((value, failure) -> {
			if (failure != null) {
				answer.completeExceptionally(failure);
			}
			else {
				answer.complete(value);
			}
		}), answer, new CountDownLatch(1)));
		return answer;
	}

	/** Disarms a race that never came (the removal was refused before its checks passed). */
	public void clear() {
		armed.set(null);
	}

	@Override
	public void passed(UnitRole pair, String username) {
		Race race = running.get();
		if (race != null) {
			// The colleague's removal passed the checks while the first had not written: the race the lock prevents.
			race.colleaguePassed().countDown();
			return;
		}
		race = armed.get();
		if (race == null || !race.username().equals(username) || !armed.compareAndSet(race, null)) {
			return;
		}
		running.set(race);
		try {
			race.startColleague().run();
			Race started = race;
			await("the colleague's removal passed its checks too, or waits for the unit's lock")
				.atMost(Duration.ofSeconds(30))
				.until(() -> started.colleaguePassed().getCount() == 0 || started.answer().isDone() || waitingForUnitLock());
		}
		finally {
			running.set(null);
		}
	}

	private boolean waitingForUnitLock() {
		return jdbc.queryForObject("""
				select count(*) from pg_locks
				where locktype = 'advisory' and classid::bigint = ? and objsubid = 2 and not granted""", Long.class,
				Appointments.UNIT_LOCKS) > 0;
	}

	private record Race(String username, Runnable startColleague, CompletableFuture<?> answer,
			CountDownLatch colleaguePassed) {
	}
}
