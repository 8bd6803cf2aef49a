package vn.congdoan.sangkien.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.ScheduledRuns;

/**
 * Notices and e-mails done with are not kept for ever: a task's notice matters while the task waits, a decision's
 * is on the initiative's timeline for good. Each night those older than {@code keep} go, notices kind by kind (the
 * index the digest reads), e-mails once sent, bounced or given up.
 */
@Component
class NoticeRetention {

	private final JdbcTemplate jdbc;

	private final ScheduledRuns runs;

	private final NotificationSettings settings;

	private final Clock clock;

	NoticeRetention(JdbcTemplate jdbc, ScheduledRuns runs, NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${sangkien.notifications.retention-cron}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		if (runs.claim("notice-retention", Duration.ofMinutes(1))) {
			purge();
		}
	}

	/** Returns how many notices and e-mails went. */
	int purge() {
		Timestamp before = Timestamp.from(clock.instant().minus(settings.keep()));
		int gone = 0;
		for (NoticeKind kind : NoticeKind.values()) {
			gone += jdbc.update("delete from notice where kind = ? and created_at < ?", kind.name(), before);
		}
		return gone + jdbc.update("delete from mail_outbox where status <> 'PENDING' and created_at < ?", before);
	}
}
