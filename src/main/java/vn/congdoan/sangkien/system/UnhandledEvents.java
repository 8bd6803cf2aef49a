package vn.congdoan.sangkien.system;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A module's reaction that failed (its database busy, a deadlock) is not left waiting for the next
 * restart: what the event publication registry still holds after a while is handed over again to its
 * listener. On several nodes one of them does it in each period ({@link ScheduledRuns}); a node starting
 * hands over what is outstanding as well, so the listeners still take a fact twice without harm
 * (docs/architecture.md, Modules talk by events).
 */
@Component
public class UnhandledEvents {

	private final IncompleteEventPublications incomplete;

	private final SystemSettings.Events settings;

	private final ScheduledRuns runs;

	UnhandledEvents(IncompleteEventPublications incomplete, SystemSettings settings, ScheduledRuns runs) {
		this.incomplete = incomplete;
		this.settings = settings.events();
		this.runs = runs;
	}

	@Scheduled(fixedDelayString = "${sangkien.events.retry-every}", initialDelayString = "${sangkien.events.retry-every}")
	void handOverAgainOnOneNode() {
		if (runs.claim("events.hand-over-again", settings.retryEvery())) {
			handOverAgain();
		}
	}

	public void handOverAgain() {
		incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
	}
}
