package vn.congdoan.sangkien.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.RefreshedGauges;
import vn.congdoan.sangkien.system.TaggedGauges;

/**
 * The open tasks at each BPMN step (task definition key), and those overdue: past their due date, which every task
 * of the models has and which is the moment of its escalation (review.TaskDeadlines; the council's is the law's three
 * months, Decree 13/2012). One grouped query on the open tasks, whatever their number.
 */
@Component
class TaskBacklog implements RefreshedGauges {

	private final JdbcTemplate jdbc;

	private final EngineTime engineTime;

	private final Clock clock;

	private final TaggedGauges open;

	private final TaggedGauges overdue;

	TaskBacklog(JdbcTemplate jdbc, EngineTime engineTime, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.engineTime = engineTime;
		this.clock = clock;
		this.open = new TaggedGauges(registry, "sangkien.tasks.open", "step", "Open tasks at a BPMN step", null);
		this.overdue = new TaggedGauges(registry, "sangkien.tasks.overdue", "step",
				"Open tasks at a BPMN step past their due date (the escalation's)", null);
	}

	@Override
	@Transactional(readOnly = true)
	public void refresh() {
		Map<String, Long> opened = new HashMap<>();
		Map<String, Long> late = new HashMap<>();
		jdbc.query("""
				select task_def_key_, count(*), count(*) filter (where due_date_ < ?)
				from act_ru_task group by task_def_key_""", rs -> {
			opened.put(rs.getString(1), rs.getLong(2));
			late.put(rs.getString(1), rs.getLong(3));
		}, new Timestamp(engineTime.engine(clock.instant()).getTime()));
		open.set(opened);
		overdue.set(late);
	}
}
