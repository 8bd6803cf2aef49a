package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("A submission is stored and started in one transaction; the timeline is append-only (architecture.md, Modules)")
class SubmissionAndTimelineTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ApiClient api;

	@Test
	@DisplayName("a submission that fails at its last write (the timeline's entry), after its process started: still a draft, no process, no task")
	void submissionIsAtomic() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Gửi hỏng giữa chừng", "tacgia.hn",
				"Nguyễn Văn An"));
		// A trigger of this test's own, on this initiative only: the database refuses the submission's timeline entry.
		jdbc.execute("""
				create function refuse_submission_%1$d() returns trigger language plpgsql as $$
				begin
				    if new.initiative_id = %1$d and new.step = 'submit' then raise exception 'refused by the test'; end if;
				    return new;
				end $$""".formatted(id));
		jdbc.execute("create trigger refuse_submission_%1$d before insert on decision for each row execute function refuse_submission_%1$d()"
			.formatted(id));
		ApiClient.Response failed;
		try {
			failed = api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null);
		}
		finally {
			jdbc.execute("drop trigger refuse_submission_%1$d on decision".formatted(id));
			jdbc.execute("drop function refuse_submission_%1$d()".formatted(id));
		}

		assertThat(failed.statusCode()).isEqualTo(500);
		String key = String.valueOf(id);
		assertThat(jdbc.queryForObject("select status from initiative where id = ?", String.class, id)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select process_instance_id from initiative where id = ?", String.class, id)).isNull();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null).statusCode())
			.as("and it can be submitted again").isEqualTo(200);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("the database refuses to change or delete a decision on the timeline")
	void timelineIsAppendOnly() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Dòng thời gian không sửa được");
		long submit = jdbc.queryForObject("select id from decision where initiative_id = ? and step = 'submit'", Long.class, id);

		assertThatThrownBy(() -> jdbc.update("update decision set outcome = 'changed' where id = ?", submit))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from decision where id = ?", submit))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");

		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("timeline").findValuesAsText("outcome"))
			.containsExactly("submitted");
	}
}
