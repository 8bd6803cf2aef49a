package vn.congdoan.sangkien.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.RefreshedGauges;

/**
 * The e-mails waiting in the outbox to be sent ({@link MailDelivery}) and how long the oldest has waited: a mail
 * server that is down, or refuses the platform, shows as an age that only grows. One query on the pending ones
 * (the partial index of V33 holds only those).
 */
@Component
class OutboxBacklog implements RefreshedGauges {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong oldestAge = new AtomicLong();

	OutboxBacklog(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("sangkien.outbox.pending", pending, AtomicLong::get)
			.description("E-mails waiting in the outbox to be sent")
			.register(registry);
		Gauge.builder("sangkien.outbox.oldest.age", oldestAge, AtomicLong::get)
			.description("How long the oldest e-mail waiting in the outbox has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	@Override
	@Transactional(readOnly = true)
	public void refresh() {
		jdbc.query("select count(*), min(created_at) from mail_outbox where status = 'PENDING'", rs -> {
			pending.set(rs.getLong(1));
			Timestamp oldest = rs.getTimestamp(2);
			oldestAge.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
		});
	}
}
