package vn.congdoan.sangkien.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.RefreshedGauges;
import vn.congdoan.sangkien.system.TaggedGauges;

/**
 * What the job executors have not done: jobs due and free to take (a backlog that grows says the executors do not
 * keep up), jobs whose retries are spent, and the open incidents by type, which wait in Cockpit for an operator
 * (docs/operations.md). Two queries on the engine's runtime tables, which hold only what is still running.
 */
@Component
class EngineBacklog implements RefreshedGauges {

	private final JdbcTemplate jdbc;

	private final AtomicLong due = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final TaggedGauges incidents;

	EngineBacklog(JdbcTemplate jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		Gauge.builder("sangkien.jobs.due", due, AtomicLong::get)
			.description("Jobs due and not locked by a job executor (timers, asynchronous steps)")
			.register(registry);
		Gauge.builder("sangkien.jobs.failed", failed, AtomicLong::get)
			.description("Jobs whose retries are spent (each has an incident)")
			.register(registry);
		this.incidents = new TaggedGauges(registry, "sangkien.incidents.open", "type", "Open incidents of the engine",
				null, "failedJob", "failedExternalTask");
	}

	@Override
	@Transactional(readOnly = true)
	public void refresh() {
		// As the job executor acquires: retries left, active, due in real time (the engine's), no lock or an expired one.
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.query("""
				select count(*) filter (where retries_ > 0 and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?)
				                        and (lock_exp_time_ is null or lock_exp_time_ < ?)),
				       count(*) filter (where retries_ = 0)
				from act_ru_job""", rs -> {
			due.set(rs.getLong(1));
			failed.set(rs.getLong(2));
		}, now, now);
		Map<String, Long> byType = new LinkedHashMap<>();
		jdbc.query("select incident_type_, count(*) from act_ru_incident group by incident_type_",
				rs -> {
					byType.put(rs.getString(1), rs.getLong(2));
				});
		incidents.set(byType);
	}
}
