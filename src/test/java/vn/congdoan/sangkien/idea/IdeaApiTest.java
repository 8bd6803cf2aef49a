package vn.congdoan.sangkien.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.programme.IdeaCounts;
import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * A member's idea through the API: posted for their union, perhaps at its idea day, taken up by the
 * support team, shaped with the mentor, and made an initiative draft carrying its text; every wrong request is
 * refused and changes nothing. The ideas, idea days, processes and drafts of each test are removed afterwards.
 */
@PlatformTest
@DisplayName("An idea becomes an initiative draft; an idea without a union or a mentor of another union is refused")
class IdeaApiTest {

	static final String UNIT = "CDCS-01-0001";

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Clock clock;

	@Autowired
	Ideas ideaService;

	final List<Long> ideas = new ArrayList<>();

	final List<Long> ideaDays = new ArrayList<>();

	@AfterEach
	void removeAll() {
		for (long idea : ideas) {
			Long draft = jdbc.queryForObject("select initiative_id from idea where id = ?", Long.class, idea);
			runtime.createProcessInstanceQuery().processDefinitionKey(Ideas.PROCESS).processInstanceBusinessKey(String.valueOf(idea))
				.list().forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over"));
			jdbc.update("delete from idea where id = ?", idea);
			if (draft != null) {
				assertThat(api.delete("tacgia.hn", "/api/initiatives/" + draft).statusCode()).isEqualTo(204);
			}
		}
		ideaDays.forEach(day -> jdbc.update("delete from idea_day where id = ?", day));
	}

	@Test
	@DisplayName("posted at the union's idea day, taken up by hotro.hn, shaped, made a draft of tacgia.hn with the idea's text")
	void becomesADraft() {
		long day = ideaDay("canbo.hn", UNIT, today().plusDays(3));
		assertThat(api.get("tacgia.hn", "/api/units/" + UNIT + "/idea-days").body().findValuesAsText("id"))
			.contains(String.valueOf(day));

		long idea = post("tacgia.hn", """
				{"title":"Máy tách vỏ lạc","problem":"Tách vỏ bằng tay chậm","proposal":"Dùng trục cao su","ideaDayId":%d}"""
			.formatted(day));
		assertThat(api.get("tacgia.hn", "/api/ideas/" + idea).body().path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(api.get("hotro.hn", "/api/ideas?unit=" + UNIT).body().findValuesAsText("id")).contains(String.valueOf(idea));

		complete("hotro.hn", idea, "takeUpIdea", """
				{"takeUpDecision":"takeUp"}""");
		assertThat(api.get("tacgia.hn", "/api/ideas/" + idea).body().path("mentor").asText()).isEqualTo("hotro.hn");
		assertThat(api.get("hotro.hn", "/api/ideas/mine").body().findValuesAsText("id")).contains(String.valueOf(idea));

		complete("tacgia.hn", idea, "shapeIdea", """
				{"ideaProblem":"Tách vỏ bằng tay chậm, 20 kg mỗi ngày","ideaProposal":"Dùng hai trục cao su quay ngược"}""");
		assertThat(api.get("hotro.hn", "/api/ideas/" + idea).body().path("status").asText()).isEqualTo("WITH_MENTOR");
		complete("hotro.hn", idea, "mentorIdea", """
				{"mentorDecision":"toDraft"}""");

		var drafted = api.get("tacgia.hn", "/api/ideas/" + idea).body();
		assertThat(drafted.path("status").asText()).isEqualTo("DRAFTED");
		long draft = drafted.path("initiativeId").asLong();
		var initiative = api.get("tacgia.hn", "/api/initiatives/" + draft).body();
		assertThat(initiative.path("title").asText()).isEqualTo("Máy tách vỏ lạc");
		assertThat(initiative.path("status").asText()).isEqualTo("DRAFT");
		assertThat(initiative.toString()).contains("Tách vỏ bằng tay chậm, 20 kg mỗi ngày", "Dùng hai trục cao su quay ngược");
	}

	@Test
	@DisplayName("refused and changing nothing: an idea without a union, for another union, at another union's or a past idea day")
	void badIdeas() {
		int before = count();
		assertRefused(api.post("hotro.hn", "/api/ideas", """
				{"title":"T","problem":"P","proposal":"I"}"""), 400, "idea.unit.required");
		assertRefused(api.post("tacgia.hn", "/api/ideas", """
				{"title":"T","problem":"P","proposal":"I","unitCode":"CDCS-48-0001"}"""), 403, "idea.unit.not-author");
		long otherUnitsDay = ideaDay("canbo.dn", "CDCS-48-0001", today());
		assertRefused(api.post("tacgia.hn", "/api/ideas", """
				{"title":"T","problem":"P","proposal":"I","ideaDayId":%d}""".formatted(otherUnitsDay)), 400,
				"idea.idea-day.other-unit");
		Long pastDay = jdbc.queryForObject("""
				insert into idea_day (unit_code, name, held_on, created_by, created_at)
				values (?, 'Ngày hội đã qua', ?, 'canbo.hn', now()) returning id""", Long.class, UNIT, today().minusDays(1));
		ideaDays.add(pastDay);
		assertRefused(api.post("tacgia.hn", "/api/ideas", """
				{"title":"T","problem":"P","proposal":"I","ideaDayId":%d}""".formatted(pastDay)), 400, "idea.idea-day.over");
		assertRefused(api.post("tacgia.hn", "/api/units/" + UNIT + "/idea-days", """
				{"name":"Ngày hội","heldOn":"%s"}""".formatted(today())), 403, "idea-day.not-officer");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	@DisplayName("another union's support team neither reads nor takes up the idea nor mentors it; only the mentor acts on the mentor's task")
	void mentorFromAnotherUnion() {
		long idea = post("tacgia.hn", """
				{"title":"Ý tưởng","problem":"Vấn đề","proposal":"Giải pháp"}""");
		assertRefused(api.get("hotro.dn", "/api/ideas/" + idea), 403, "idea.not-yours");
		assertRefused(api.get("hotro.dn", "/api/ideas?unit=" + UNIT), 403, "idea.unit.not-yours");
		assertRefused(api.post("hotro.dn", "/api/tasks/" + taskOf(idea, "takeUpIdea").getId() + "/complete", """
				{"takeUpDecision":"takeUp"}"""), 403, "task.not-yours");
		assertThat(api.get("tacgia.hn", "/api/ideas/" + idea).body().path("mentor").isNull()).isTrue();

		// The support team of the idea's union names a mentor of another union: refused on the field, nothing changes.
		String takeUp = "/api/tasks/" + taskOf(idea, "takeUpIdea").getId();
		assertThat(api.post("hotro.hn", takeUp + "/claim", "{}").statusCode()).isEqualTo(204);
		ApiClient.Response named = api.post("hotro.hn", takeUp + "/complete", """
				{"takeUpDecision":"takeUp","namedMentor":"hotro.dn"}""");
		assertRefused(named, 400, "task.form.invalid");
		assertThat(named.body().path("errors").findValuesAsText("code")).containsExactly("idea.mentor.not-in-team");
		assertThat(named.body().path("errors").findValuesAsText("field")).containsExactly("namedMentor");
		assertThat(taskOf(idea, "takeUpIdea").getAssignee()).isEqualTo("hotro.hn");
		var unchanged = api.get("tacgia.hn", "/api/ideas/" + idea).body();
		assertThat(unchanged.path("mentor").isNull()).isTrue();
		assertThat(unchanged.path("status").asText()).isEqualTo("SUBMITTED");

		complete("hotro.hn", idea, "takeUpIdea", """
				{"takeUpDecision":"takeUp","namedMentor":"hotro.hn"}""");
		complete("tacgia.hn", idea, "shapeIdea", """
				{"ideaProblem":"Vấn đề","ideaProposal":"Giải pháp"}""");
		assertRefused(api.post("hotro.dn", "/api/tasks/" + taskOf(idea, "mentorIdea").getId() + "/complete", """
				{"mentorDecision":"close","ideaComment":"Không"}"""), 403, "task.not-yours");
		assertThat(api.get("tacgia.hn", "/api/ideas/" + idea).body().path("status").asText()).isEqualTo("WITH_MENTOR");
	}

	@Test
	@DisplayName("closed by the support team with a reason the author reads; without one it stays open")
	void closedWithAReason() {
		long idea = post("tacgia.hn", """
				{"title":"Ý tưởng","problem":"Vấn đề","proposal":"Giải pháp"}""");
		assertRefused(api.post("hotro.hn", "/api/tasks/" + taskOf(idea, "takeUpIdea").getId() + "/complete", """
				{"takeUpDecision":"close"}"""), 400, "task.form.invalid");
		complete("hotro.hn", idea, "takeUpIdea", """
				{"takeUpDecision":"close","ideaComment":"Đã có sáng kiến tương tự"}""");
		var closed = api.get("tacgia.hn", "/api/ideas/" + idea).body();
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.path("closedReason").asText()).isEqualTo("Đã có sáng kiến tương tự");
	}

	@Test
	@DisplayName("R-5.2: the union's and its superior's dashboards count the idea, the idea day and, once its draft is recognised, the recognised idea")
	void countedOnTheDashboard() {
		String superior = "CTTT-01-005";
		IdeaCounts.Counts before = ideaService.countsOf(UNIT);
		IdeaCounts.Counts superiorBefore = ideaService.countsOf(superior);

		long day = ideaDay("canbo.hn", UNIT, today().plusDays(2));
		long idea = post("tacgia.hn", """
				{"title":"Ý tưởng đếm","problem":"Vấn đề","proposal":"Giải pháp","ideaDayId":%d}""".formatted(day));
		complete("hotro.hn", idea, "takeUpIdea", """
				{"takeUpDecision":"takeUp"}""");
		complete("tacgia.hn", idea, "shapeIdea", """
				{"ideaProblem":"Vấn đề","ideaProposal":"Giải pháp"}""");
		complete("hotro.hn", idea, "mentorIdea", """
				{"mentorDecision":"toDraft"}""");
		assertThat(ideaService.countsOf(UNIT))
			.isEqualTo(new IdeaCounts.Counts(before.ideas() + 1, before.ideaDays() + 1, before.recognised()));

		// The council recognises the draft: only its recognition date matters to the count.
		long draft = jdbc.queryForObject("select initiative_id from idea where id = ?", Long.class, idea);
		jdbc.update("update initiative set recognition_date = ? where id = ?", today(), draft);
		try {
			assertThat(ideaService.countsOf(UNIT))
				.isEqualTo(new IdeaCounts.Counts(before.ideas() + 1, before.ideaDays() + 1, before.recognised() + 1));
			assertThat(ideaService.countsOf(superior)).isEqualTo(new IdeaCounts.Counts(superiorBefore.ideas() + 1,
					superiorBefore.ideaDays() + 1, superiorBefore.recognised() + 1));
		}
		finally {
			jdbc.update("update initiative set recognition_date = null where id = ?", draft);
		}
	}

	private long post(String username, String body) {
		ApiClient.Response response = api.post(username, "/api/ideas", body);
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(201);
		long id = response.body().path("id").asLong();
		ideas.add(id);
		return id;
	}

	private long ideaDay(String officer, String unit, LocalDate heldOn) {
		ApiClient.Response response = api.post(officer, "/api/units/" + unit + "/idea-days", """
				{"name":"Ngày hội ý tưởng sáng tạo","heldOn":"%s","place":"Hội trường"}""".formatted(heldOn));
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(201);
		long id = response.body().path("id").asLong();
		ideaDays.add(id);
		return id;
	}

	private void complete(String username, long idea, String step, String values) {
		ApiClient.Response response = api.post(username, "/api/tasks/" + taskOf(idea, step).getId() + "/complete", values);
		assertThat(response.statusCode()).as("%s completes %s: %s", username, step, response.body()).isEqualTo(204);
	}

	private Task taskOf(long idea, String step) {
		Task task = tasks.createTaskQuery().processDefinitionKey(Ideas.PROCESS).processInstanceBusinessKey(String.valueOf(idea))
			.taskDefinitionKey(step).singleResult();
		assertThat(task).as("task %s of idea %s", step, idea).isNotNull();
		return task;
	}

	private static void assertRefused(ApiClient.Response response, int status, String code) {
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
		assertThat(response.body().path("code").asText()).isEqualTo(code);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from idea", Integer.class);
	}
}
