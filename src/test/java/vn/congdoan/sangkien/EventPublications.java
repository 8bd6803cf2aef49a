package vn.congdoan.sangkien;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Module listeners (the running totals) run after the commit, on another thread. A test that reads what
 * they keep waits until the event publication registry holds nothing left to handle: before it takes
 * its "before", so that an earlier test's publication is not counted as its own, and after its step.
 */
public final class EventPublications {

	private EventPublications() {
	}

	public static void awaitAllHandled(JdbcTemplate jdbc) {
		await("every event publication handled by its listeners").atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
					Long.class) == 0);
	}
}
