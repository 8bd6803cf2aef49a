package vn.congdoan.sangkien.initiative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.ProblemException;

/**
 * Lets a public search run, or refuses it at once: so many searches per client address in a window
 * (429), and no more than so many at once on this node (503), so that anonymous readers can never hold
 * all of the pool's connections while officers work. In memory and per node: with N nodes an address
 * may search N times as often (docs/architecture.md, "Public reads").
 */
@Component
class PublicSearchAdmission {

	/**
	 * Ended windows are forgotten once this many addresses are remembered (a few megabytes); when all of
	 * them are still running, a new address is refused for one window.
	 */
	static final int REMEMBERED_ADDRESSES = 100_000;

	private final InitiativeSettings.PublicSearch limits;

	private final Clock clock;

	private final Semaphore running;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

	PublicSearchAdmission(InitiativeSettings settings, Clock clock) {
		this.limits = settings.publicSearch();
		this.clock = clock;
		this.running = new Semaphore(limits.concurrent());
	}

	<T> T admit(String client, Supplier<T> search) {
		countAgainstRate(client);
		if (!running.tryAcquire()) {
			// A running search ends within its statement timeout: by then a slot is free.
			Duration retryAfter = limits.statementTimeout();
			throw ProblemException.unavailable("search.busy", retryAfter, ProblemException.retryAfterSeconds(retryAfter));
		}
		try {
			return search.get();
		}
		finally {
			running.release();
		}
	}

	private void countAgainstRate(String client) {
		Instant now = clock.instant();
		Duration length = limits.rateLimit().window();
		if (windows.size() >= REMEMBERED_ADDRESSES && !windows.containsKey(client)) {
			forgetEndedWindows(now, length);
			if (windows.size() >= REMEMBERED_ADDRESSES) {
				// So many addresses at once is an attack from many: the memory stays bounded, known ones go on.
				throw ProblemException.unavailable("search.busy", length, ProblemException.retryAfterSeconds(length));
			}
		}
		Window window = windows.compute(client, (address, current) -> current == null || current.endsBefore(now, length)
				? new Window(now, 1) : new Window(current.start(), current.requests() + 1));
		if (window.requests() > limits.rateLimit().requests()) {
			Duration retryAfter = Duration.between(now, window.start().plus(length));
			throw ProblemException.tooManyRequests("search.rate-limited", retryAfter,
					ProblemException.retryAfterSeconds(retryAfter));
		}
	}

	/** At most once a second: each sweep reads every remembered address. */
	private void forgetEndedWindows(Instant now, Duration length) {
		Instant last = lastSweep.get();
		if (now.isBefore(last.plusSeconds(1)) || !lastSweep.compareAndSet(last, now)) {
			return;
		}
		windows.values().removeIf(window -> window.endsBefore(now, length));
	}

	/** The searches of one address since the start of its window. */
	private record Window(Instant start, int requests) {

		boolean endsBefore(Instant now, Duration length) {
			return !start.plus(length).isAfter(now);
		}
	}
}
