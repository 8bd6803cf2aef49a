package vn.congdoan.sangkien.system;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A module's reaction that failed (its database busy, a deadlock) is not left waiting for the next
 * restart: what the event publication registry still holds after a while is handed over again to its
 * listener. On several nodes each may hand the same publication over: the listeners take a fact twice
 * without harm (docs/architecture.md, Modules talk by events).
 */
@Component
public class UnhandledEvents {

	private final IncompleteEventPublications incomplete;

	private final SystemSettings.Events settings;

	UnhandledEvents(IncompleteEventPublications incomplete, SystemSettings settings) {
		this.incomplete = incomplete;
		this.settings = settings.events();
	}

	@Scheduled(fixedDelayString = "${sangkien.events.retry-every}", initialDelayString = "${sangkien.events.retry-every}")
	public void handOverAgain() {
		incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
	}
}
