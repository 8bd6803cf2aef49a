package vn.congdoan.sangkien.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many tasks of one step wait on each candidate group, among the processes whose variable has a value (the
 * portal uploads of one phase, for the officers told that its window closes): one grouped query on the engine's
 * tables, where the task API would read each task and its links one by one.
 */
@Service
public class WaitingTasks {

	private final JdbcTemplate jdbc;

	WaitingTasks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The candidate groups whose name starts with {@code groupPrefix} ({@code union-officer:}), and their counts. */
	@Transactional(readOnly = true)
	public Map<String, Integer> byGroup(String taskKey, String groupPrefix, String variable, String value) {
		Map<String, Integer> waiting = new LinkedHashMap<>();
		jdbc.query("""
				select l.group_id_, count(*) from act_ru_task t
				join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ like ?
				join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_ and v.execution_id_ = t.proc_inst_id_
				     and v.name_ = ? and v.text_ = ?
				where t.task_def_key_ = ?
				group by l.group_id_ order by l.group_id_""", rs -> {
			waiting.put(rs.getString(1), rs.getInt(2));
		}, groupPrefix.replace("%", "\\%") + "%", variable, value, taskKey);
		return waiting;
	}
}
