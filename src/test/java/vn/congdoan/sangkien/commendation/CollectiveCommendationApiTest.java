package vn.congdoan.sangkien.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Commendation of a collective, a unit below the proposer's, through the API with real Keycloak tokens (R-7.4)")
class CollectiveCommendationApiTest {

	@Autowired
	TaskService taskService;

	@Autowired
	ApiClient api;

	@Test
	@DisplayName("the district federation proposes one of its grassroots unions and grants the certificate of commendation "
			+ "at its own level, by an approver who did not propose it")
	void grantedAtTheProposersLevel() {
		ApiClient.Response own = propose("khenthuong.caugiay", "CDCS-01-0002", "GIAY_KHEN");
		assertThat(own.statusCode()).as("%s", own.body()).isEqualTo(201);
		ApiClient.Response selfGranted = api.post("khenthuong.caugiay", "/api/tasks/"
				+ levelDecision(own.body().path("id").asLong()).getId() + "/complete", "{\"commendationDecision\":\"grant\"}");
		assertThat(selfGranted.statusCode()).as("R-7.4: not one's own proposal").isEqualTo(403);
		assertThat(selfGranted.body().path("code").asText()).isEqualTo("commendation.collective.own");
		complete("khenthuong.caugiay", own.body().path("id").asLong(),
				"{\"commendationDecision\":\"decline\",\"commendationReason\":\"Đề nghị lại qua cán bộ công đoàn\"}");

		ApiClient.Response proposed = propose("canbo.caugiay", "CDCS-01-0002", "GIAY_KHEN");
		assertThat(proposed.statusCode()).as("%s", proposed.body()).isEqualTo(201);
		long id = proposed.body().path("id").asLong();
		assertThat(proposed.body().path("currentUnit").asText()).isEqualTo("CTTT-01-005");

		Task atDistrict = levelDecision(id);
		assertThat(taskService.getIdentityLinksForTask(atDistrict.getId())).extracting("groupId")
			.contains("commendation-approver:CTTT-01-005");
		complete("khenthuong.caugiay", id, "{\"commendationDecision\":\"grant\"}");

		JsonNode commendation = latest("khenthuong.caugiay", "CDCS-01-0002");
		assertThat(commendation.path("status").asText()).isEqualTo("GRANTED");
		assertThat(commendation.path("award").asText()).as("the award proposed").isEqualTo("GIAY_KHEN");
		assertThat(commendation.path("grantedByUnit").asText()).isEqualTo("CTTT-01-005");
		assertThat(commendation.path("achievement").asText()).isEqualTo("Dẫn đầu phong trào sáng kiến");
		assertThat(commendation.path("decisions").findValuesAsText("step")).containsExactly("commendation",
				"commendation:DIRECT_SUPERIOR");
		JsonNode grant = commendation.path("decisions").get(1);
		assertThat(grant.path("outcome").asText()).isEqualTo("grant");
		assertThat(grant.path("actor").asText()).isEqualTo("khenthuong.caugiay");
		assertThat(grant.path("reason").asText()).isEqualTo("GIAY_KHEN");
		assertThat(api.get("canbo.caugiay", "/api/units/CDCS-01-0002/commendations").body().findValuesAsText("status"))
			.as("the district's officer sees it").contains("GRANTED");
		assertThat(api.get("tacgia.dn", "/api/units/CDCS-01-0002/commendations").statusCode())
			.as("a member of another province does not").isEqualTo(403);

		ApiClient.Response newest = api.get("canbo.caugiay", "/api/units/CDCS-01-0002/commendations?size=1");
		assertThat(newest.body().findValuesAsText("id")).as("a page of one").containsExactly(String.valueOf(id));
		assertThat(Integer.parseInt(newest.headers().getFirst("X-Total-Count"))).as("the declined one counts too")
			.isGreaterThanOrEqualTo(2);
		assertThat(api.get("canbo.caugiay", "/api/units/CDCS-01-0002/commendations?page=1&size=1").body()
			.findValuesAsText("id")).containsExactly(own.body().path("id").asText());
	}

	@Test
	@DisplayName("a certificate of merit of VGCL is beyond the provincial federation: it forwards the collective up, VGCL grants it")
	void forwardedUp() {
		ApiClient.Response proposed = propose("khenthuong.hn", "CTTT-01-005", "BANG_KHEN_TLD");
		assertThat(proposed.statusCode()).as("%s", proposed.body()).isEqualTo(201);
		long id = proposed.body().path("id").asLong();

		ApiClient.Response beyond = api.post("khenthuong.hn", "/api/tasks/" + levelDecision(id).getId() + "/complete",
				"{\"commendationDecision\":\"grant\"}");
		assertThat(beyond.body().path("errors").findValuesAsText("code")).contains("commendation.award.beyond-authority");
		complete("khenthuong.hn", id, "{\"commendationDecision\":\"forward\",\"commendationReason\":\"Xứng đáng\"}");
		assertThat(latest("khenthuong.hn", "CTTT-01-005").path("currentUnit").asText()).isEqualTo("TLD");
		complete("khenthuong.tld", id, "{\"commendationDecision\":\"grant\",\"award\":\"BANG_KHEN_TLD\"}");

		JsonNode commendation = latest("khenthuong.hn", "CTTT-01-005");
		assertThat(commendation.path("status").asText()).isEqualTo("GRANTED");
		assertThat(commendation.path("grantedByUnit").asText()).isEqualTo("TLD");
		assertThat(commendation.path("decisions").findValuesAsText("step")).containsExactly("commendation",
				"commendation:LEVEL2", "commendation:NATIONAL");
		assertThat(commendation.path("decisions").findValuesAsText("actor")).containsExactly("khenthuong.hn",
				"khenthuong.hn", "khenthuong.tld");
	}

	@Test
	@DisplayName("refused: a union outside the proposer's subtree, the collective itself, an unknown award, a second proposal in progress")
	void refusals() {
		assertThat(propose("khenthuong.haichau", "CDCS-01-0001", "GIAY_KHEN").statusCode()).as("another district")
			.isEqualTo(403);
		assertThat(propose("canbo.hn", "CDCS-01-0001", "GIAY_KHEN").statusCode()).as("its own officer, not above it")
			.isEqualTo(403);
		assertThat(propose("tacgia.hn", "CDCS-01-0001", "GIAY_KHEN").statusCode()).as("an author").isEqualTo(403);
		ApiClient.Response unknownAward = propose("khenthuong.caugiay", "CDCS-01-0001", "HUAN_CHUONG");
		assertThat(unknownAward.statusCode()).isEqualTo(400);
		assertThat(unknownAward.body().path("errors").findValuesAsText("code")).containsExactly("commendation.award.unknown");
		assertThat(propose("khenthuong.caugiay", "KHONG-CO", "GIAY_KHEN").statusCode()).isEqualTo(404);

		ApiClient.Response first = propose("khenthuong.caugiay", "CDCS-01-0001", "GIAY_KHEN");
		assertThat(first.statusCode()).isEqualTo(201);
		ApiClient.Response second = propose("khenthuong.hn", "CDCS-01-0001", "BANG_KHEN_CAP_TINH");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.body().path("code").asText()).isEqualTo("commendation.collective.in-progress");

		// Leaves no proposal in progress behind.
		long id = first.body().path("id").asLong();
		assertThat(api.post("khenthuong.haichau", "/api/tasks/" + levelDecision(id).getId() + "/complete",
				"{\"commendationDecision\":\"decline\",\"commendationReason\":\"x\"}").statusCode())
			.as("another district may not decide").isEqualTo(403);
		complete("khenthuong.caugiay", id, "{\"commendationDecision\":\"decline\",\"commendationReason\":\"Chưa đủ thành tích\"}");
		assertThat(latest("khenthuong.caugiay", "CDCS-01-0001").path("status").asText()).isEqualTo("DECLINED");
	}

	private ApiClient.Response propose(String username, String unit, String award) {
		return api.post(username, "/api/units/" + unit + "/commendations",
				"{\"award\":\"" + award + "\",\"achievement\":\"Dẫn đầu phong trào sáng kiến\"}");
	}

	private Task levelDecision(long commendationId) {
		Task task = taskService.createTaskQuery()
			.processInstanceBusinessKey("collective-" + commendationId)
			.taskDefinitionKey("levelDecision")
			.singleResult();
		assertThat(task).as("the level's task of collective commendation %s", commendationId).isNotNull();
		return task;
	}

	private void complete(String username, long commendationId, String values) {
		ApiClient.Response response = api.post(username, "/api/tasks/" + levelDecision(commendationId).getId() + "/complete",
				values);
		assertThat(response.statusCode()).as("%s decides: %s", username, response.body()).isEqualTo(204);
	}

	private JsonNode latest(String username, String unit) {
		ApiClient.Response response = api.get(username, "/api/units/" + unit + "/commendations");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body().get(0);
	}
}
