package vn.congdoan.sangkien.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work that Spring's {@code @Scheduled} starts on every node but that is to be done once for the whole
 * platform: time is cut into slots (a minute for a nightly cron, the period of a periodic task), and in each
 * slot the first node to claim the task does it while the others leave it. The claim is one upsert on the
 * task's row of {@code scheduled_run}: of two nodes claiming the same slot at the same moment, PostgreSQL
 * lets only one move the slot forward. Real time, not the programme's clock: the schedules run on it.
 */
@Component
public class ScheduledRuns {

	private final JdbcTemplate jdbc;

	ScheduledRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this node is the first to run {@code task} in the current slot of length {@code slot}. */
	public boolean claim(String task, Duration slot) {
		long length = slot.toMillis();
		return claim(task, Instant.ofEpochMilli(System.currentTimeMillis() / length * length));
	}

	boolean claim(String task, Instant slot) {
		return jdbc.update("""
				insert into scheduled_run (task, slot, claimed_at) values (?, ?, now())
				on conflict (task) do update set slot = excluded.slot, claimed_at = excluded.claimed_at
				where scheduled_run.slot < excluded.slot""", task, Timestamp.from(slot)) == 1;
	}
}
