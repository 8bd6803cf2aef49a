package vn.congdoan.sangkien.system;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the platform's record is made of, one line per row: every initiative with its status and version, every
 * open Camunda task with its step and initiative, every line of the initiatives' timelines. What a restore or an
 * upgrade must bring through unchanged.
 */
record PlatformRecord(List<String> initiatives, List<String> openTasks, List<String> timeline) {

	static PlatformRecord of(JdbcTemplate database) {
		return new PlatformRecord(
				database.queryForList("select id || ' ' || status || ' ' || version from initiative order by id", String.class),
				database.queryForList("""
						select t.id_ || ' ' || t.task_def_key_ || ' ' || coalesce(e.business_key_, '') from act_ru_task t
						join act_ru_execution e on e.id_ = t.proc_inst_id_ order by t.id_""", String.class),
				database.queryForList("""
						select id || ' ' || initiative_id || ' ' || step || ' ' || outcome || ' ' || actor || ' '
						|| coalesce(reason, '') || ' ' || decided_at from decision order by id""", String.class));
	}
}
