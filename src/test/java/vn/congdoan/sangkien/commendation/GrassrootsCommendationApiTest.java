package vn.congdoan.sangkien.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("Grassroots commendation rounds with the head of the unit, through the API with real Keycloak tokens (R-7.5)")
class GrassrootsCommendationApiTest {

	static final String ROUNDS = "/api/units/CDCS-01-0001/commendation-rounds";

	@Autowired
	TaskService taskService;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	@DisplayName("the officer opens the month's round, the head of the unit co-signs: a certificate of commendation on each initiative; the month once only")
	void monthlyRoundCoSigned() {
		long first = steps.published("Bàn cắt vải tự động");
		long second = steps.published("Giá treo cuộn chỉ xoay");
		ApiClient.Response opened = api.post("canbo.hn", ROUNDS,
				"{\"month\":\"2022-10\",\"initiativeIds\":[" + first + "," + second + "]}");
		assertThat(opened.statusCode()).as("%s", opened.body()).isEqualTo(201);
		long round = opened.body().path("id").asLong();
		assertThat(opened.body().path("name").asText()).isEqualTo("Khen thưởng tháng 10/2022");
		assertThat(opened.body().path("status").asText()).isEqualTo("AWAITING_HEAD");

		String coSign = coSignTask(round).getId();
		assertThat(api.post("thutruong.dn", "/api/tasks/" + coSign + "/complete", "{\"coSignDecision\":\"agree\"}")
			.statusCode()).as("the head of another unit").isEqualTo(403);
		assertThat(api.post("canbo.hn", "/api/tasks/" + coSign + "/complete", "{\"coSignDecision\":\"agree\"}")
			.statusCode()).as("the officer who opened it").isEqualTo(403);
		ApiClient.Response agreed = api.post("thutruong.hn", "/api/tasks/" + coSign + "/complete",
				"{\"coSignDecision\":\"agree\"}");
		assertThat(agreed.statusCode()).as("%s", agreed.body()).isEqualTo(204);

		for (long id : new long[] { first, second }) {
			JsonNode initiative = api.get("tacgia.hn", "/api/initiatives/" + id).body();
			assertThat(initiative.path("award").asText()).isEqualTo("GIAY_KHEN");
			assertThat(initiative.path("awardUnit").asText()).isEqualTo("CDCS-01-0001");
			assertThat(initiative.path("timeline").findValuesAsText("step")).containsSubsequence("commendation",
					"coSignCommendation");
			assertThat(initiative.path("timeline").findValuesAsText("actor")).contains("thutruong.hn");
			assertThat(api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation").body().path("status").asText())
				.isEqualTo("GRANTED");
		}
		JsonNode rounds = api.get("canbo.hn", ROUNDS).body();
		assertThat(rounds.get(0).path("status").asText()).isEqualTo("GRANTED");
		assertThat(rounds.get(0).path("decidedBy").asText()).isEqualTo("thutruong.hn");
		ApiClient.Response all = api.get("canbo.hn", ROUNDS + "?size=1000");
		assertThat(all.body().size()).as("a size beyond the cap is clamped, not refused")
			.isEqualTo(Math.min(100, Integer.parseInt(all.headers().getFirst("X-Total-Count"))))
			.isPositive();

		long third = steps.published("Máy gấp áo bán tự động");
		ApiClient.Response twice = api.post("canbo.hn", ROUNDS, "{\"month\":\"2022-10\",\"initiativeIds\":[" + third + "]}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body().path("code").asText()).isEqualTo("commendation.round.month-taken");
		ApiClient.Response commended = api.post("canbo.hn", ROUNDS,
				"{\"month\":\"2022-11\",\"initiativeIds\":[" + first + "]}");
		assertThat(commended.statusCode()).isEqualTo(409);
		assertThat(commended.body().path("code").asText()).isEqualTo("commendation.round.initiative.commended");
		assertThat(api.post("canbo.hn", "/api/initiatives/" + first + "/commendation", null).statusCode())
			.as("no second commendation up the chain").isEqualTo(409);
	}

	@Test
	@DisplayName("the head of the unit refuses an occasion's round with a reason: no award; a reason is required")
	void occasionRoundRefused() {
		long id = steps.published("Quạt thông gió tiết kiệm điện");
		ApiClient.Response opened = api.post("canbo.hn", ROUNDS,
				"{\"occasion\":\"Kỷ niệm ngày thành lập Công đoàn Việt Nam 28/7\",\"initiativeIds\":[" + id + "]}");
		assertThat(opened.statusCode()).as("%s", opened.body()).isEqualTo(201);
		long round = opened.body().path("id").asLong();
		assertThat(opened.body().path("name").asText()).isEqualTo("Kỷ niệm ngày thành lập Công đoàn Việt Nam 28/7");

		ApiClient.Response inRound = api.post("canbo.hn", ROUNDS, "{\"occasion\":\"Khác\",\"initiativeIds\":[" + id + "]}");
		assertThat(inRound.statusCode()).isEqualTo(409);
		assertThat(inRound.body().path("code").asText()).isEqualTo("commendation.round.initiative.in-round");
		ApiClient.Response upTheChain = api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", null);
		assertThat(upTheChain.statusCode()).isEqualTo(409);
		assertThat(upTheChain.body().path("code").asText()).isEqualTo("commendation.round.initiative.in-round");

		String coSign = coSignTask(round).getId();
		ApiClient.Response noReason = api.post("thutruong.hn", "/api/tasks/" + coSign + "/complete",
				"{\"coSignDecision\":\"refuse\"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body().path("errors").findValuesAsText("code")).contains("commendation.round.reason.required");
		ApiClient.Response refused = api.post("thutruong.hn", "/api/tasks/" + coSign + "/complete",
				"{\"coSignDecision\":\"refuse\",\"coSignReason\":\"Chưa đủ minh chứng hiệu quả\"}");
		assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(204);

		JsonNode initiative = api.get("tacgia.hn", "/api/initiatives/" + id).body();
		assertThat(initiative.path("award").isNull() || initiative.path("award").isMissingNode()).isTrue();
		assertThat(initiative.path("timeline").findValuesAsText("outcome")).contains("refuse");
		JsonNode shown = api.get("canbo.hn", ROUNDS).body().get(0);
		assertThat(shown.path("id").asLong()).isEqualTo(round);
		assertThat(shown.path("status").asText()).isEqualTo("REFUSED");
		assertThat(shown.path("refusalReason").asText()).isEqualTo("Chưa đủ minh chứng hiệu quả");
	}

	@Test
	@DisplayName("refused: another union's initiative, one not published, one proposed up the chain, another union's officer, no kind or both")
	void refusals() {
		long published = steps.published("Khuôn ép nhựa cải tiến");
		long otherUnion = InitiativeDrafts.draft(api, "tacgia.dn", InitiativeDrafts.complete("Của Đà Nẵng", "tacgia.dn", "Trần Thị Bình"));
		long draft = InitiativeDrafts.submitted(api, "tacgia.hn", "Chưa đăng");

		ApiClient.Response other = open("canbo.hn", "\"month\":\"2023-01\"", published, otherUnion);
		assertThat(other.statusCode()).isEqualTo(400);
		assertThat(other.body().path("code").asText()).isEqualTo("commendation.round.initiative.other-unit");
		assertThat(open("canbo.hn", "\"month\":\"2023-01\"", draft).statusCode()).isEqualTo(409);
		assertThat(open("canbo.dn", "\"month\":\"2023-01\"", published).statusCode()).isEqualTo(403);
		assertThat(open("thutruong.hn", "\"month\":\"2023-01\"", published).statusCode()).isEqualTo(403);
		assertThat(open("canbo.hn", "\"month\":\"2023-01\",\"occasion\":\"Tết\"", published).statusCode()).isEqualTo(400);
		assertThat(open("canbo.hn", "\"month\":\"tháng một\"", published).statusCode()).isEqualTo(400);
		assertThat(api.post("canbo.hn", ROUNDS, "{\"month\":\"2023-01\",\"initiativeIds\":[]}").statusCode()).isEqualTo(400);

		assertThat(api.post("canbo.hn", "/api/initiatives/" + published + "/commendation", null).statusCode()).isEqualTo(201);
		ApiClient.Response proposed = open("canbo.hn", "\"month\":\"2023-01\"", published);
		assertThat(proposed.statusCode()).isEqualTo(409);
		assertThat(proposed.body().path("code").asText()).isEqualTo("commendation.round.initiative.commended");
		// Leaves no proposal in progress behind.
		steps.complete("canbo.hn", published, "levelDecision",
				"{\"commendationDecision\":\"decline\",\"commendationReason\":\"Để xét trong đợt sau\"}");
	}

	@Test
	@DisplayName("an initiative the council proposed up the chain while the round waited keeps that proposal: the round "
			+ "awards the others, says so on its timeline, and does not fail")
	void theCouncilsProposalStands() {
		long councils = steps.published("Khay chia linh kiện có nắp");
		long roundOnly = steps.published("Giá để khuôn nhiều tầng");
		ApiClient.Response opened = open("canbo.hn", "\"occasion\":\"Ngày thành lập công ty\"", councils, roundOnly);
		assertThat(opened.statusCode()).as("%s", opened.body()).isEqualTo(201);
		// As the council's proposal job would have written it meanwhile (it runs after the recognition, from a job).
		jdbc.update("""
				insert into commendation (initiative_id, proposed_by, proposed_at, status)
				values (?, 'hoidong.hn', now(), 'DECLINED')""", councils);

		ApiClient.Response agreed = api.post("thutruong.hn", "/api/tasks/"
				+ coSignTask(opened.body().path("id").asLong()).getId() + "/complete", "{\"coSignDecision\":\"agree\"}");

		assertThat(agreed.statusCode()).as("%s", agreed.body()).isEqualTo(204);
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + roundOnly).body().path("award").asText()).isEqualTo("GIAY_KHEN");
		JsonNode skipped = api.get("tacgia.hn", "/api/initiatives/" + councils).body();
		assertThat(skipped.path("award").isNull() || skipped.path("award").isMissingNode()).isTrue();
		assertThat(skipped.path("timeline").findValuesAsText("outcome")).contains("already-commended");
	}

	private ApiClient.Response open(String username, String kind, long... initiativeIds) {
		StringBuilder ids = new StringBuilder();
		for (long id : initiativeIds) {
			ids.append(ids.isEmpty() ? "" : ",").append(id);
		}
		return api.post(username, ROUNDS, "{" + kind + ",\"initiativeIds\":[" + ids + "]}");
	}

	private Task coSignTask(long round) {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey("round-" + round)
			.taskDefinitionKey("coSignCommendation")
			.singleResult();
		assertThat(task).as("the head's task of round %s", round).isNotNull();
		return task;
	}
}
