package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("Similar initiatives beside the review task, through the API and the task page, with real Keycloak and PostgreSQL")
class SimilarInitiativesApiTest {

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@LocalServerPort
	int port;

	/** The initiatives the test submitted, by author: withdrawn afterwards so that no later test finds them waiting. */
	private final Map<Long, String> waiting = new LinkedHashMap<>();

	private Long draft;

	@AfterEach
	void withdrawWhatWaits() {
		waiting.forEach((id, author) -> api.post(author, "/api/initiatives/" + id + "/withdraw", "{\"reason\":\"Hết thử\"}"));
		if (draft != null) {
			api.delete("tacgia.hn", "/api/initiatives/" + draft);
		}
	}

	@Test
	@DisplayName("R-2.1: the reviewers see the like-titled initiatives of their union, accents or not, and another union's published one, title and union only; not the unrelated, the draft, the withdrawn nor another union's unpublished one")
	void similarOfUnitAndPlatform() throws Exception {
		long underReview = submitted("tacgia.hn", "Bộ gá hàn ống thép xoay chiều tự động", "Gá kẹp ống khi hàn vòng");
		long unaccented = submitted("tacgia.hn", "Bo ga han ong thep xoay chieu tu dong", "Ban dau tien o phan xuong 3");
		long unrelated = submitted("tacgia.hn", "Sổ tay an toàn điện cho ca đêm", "Những điều cần nhớ khi trực đêm");
		long withdrawn = submitted("tacgia.hn", "Bộ gá hàn ống thép xoay chiều tự động (bản cũ)", "Bản đầu");
		api.post("tacgia.hn", "/api/initiatives/" + withdrawn + "/withdraw", "{\"reason\":\"Gộp vào bản mới\"}");
		draft = InitiativeDrafts.draft(api, "tacgia.hn", content("tacgia.hn", "Bộ gá hàn ống thép xoay chiều tự động mới",
				"Bản nháp"));
		long publishedElsewhere = submitted("tacgia.dn", "Bộ gá hàn ống thép xoay tự động", "Hàn ống cấp nước");
		steps.complete("hotro.dn", publishedElsewhere, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.dn", publishedElsewhere, "councilRecognition", Steps.RECOGNISE);
		steps.complete("canbo.dn", publishedElsewhere, "portalUpload", "{\"uploadedToPortal\":true}");
		waiting.remove(publishedElsewhere);
		long confidentialElsewhere = submitted("tacgia.dn", "Bộ gá hàn ống thép xoay chiều tự động kiểu mới", "Chưa công bố");

		ApiClient.Response similar = api.get("hotro.hn", "/api/initiatives/" + underReview + "/similar");

		assertThat(similar.statusCode()).as("%s", similar.body()).isEqualTo(200);
		JsonNode ofUnit = similar.body().path("ofUnit");
		assertThat(ids(ofUnit)).contains(unaccented).doesNotContain(underReview, unrelated, withdrawn, draft);
		JsonNode found = ofUnit.get(ids(ofUnit).indexOf(unaccented));
		assertThat(found.path("similarity").asDouble()).as("the same words without their accents").isGreaterThan(0.9);
		assertThat(found.path("unitCode").asText()).isEqualTo("CDCS-01-0001");
		assertThat(found.path("unitName").asText()).isEqualTo("Công đoàn Công ty Cổ phần May Cầu Giấy");
		assertThat(found.path("status").asText()).isEqualTo("IN_SUPPORT_REVIEW");
		JsonNode elsewhere = similar.body().path("elsewhere");
		assertThat(ids(elsewhere)).contains(publishedElsewhere).doesNotContain(confidentialElsewhere, unaccented);
		JsonNode published = elsewhere.get(ids(elsewhere).indexOf(publishedElsewhere));
		assertThat(published.path("title").asText()).isEqualTo("Bộ gá hàn ống thép xoay tự động");
		assertThat(published.path("unitCode").asText()).isEqualTo("CDCS-48-0001");
		assertThat(published.path("similarity").asDouble()).isBetween(0.3, 1.0);
		assertThat(published.toString()).as("title and union only").doesNotContain("Hàn ống cấp nước");

		steps.complete("hotro.hn", underReview, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		assertThat(ids(api.get("hoidong.hn", "/api/initiatives/" + underReview + "/similar").body().path("ofUnit")))
			.as("the council, next").contains(unaccented);

		LoginSession council = new LoginSession(port);
		HttpResponse<String> page = council.signInAt("/tasks/" + steps.taskOf(underReview, "councilRecognition").getId(),
				"hoidong.hn");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"similar\"", "Sáng kiến tương tự", "href=\"/initiatives/" + unaccented + "\"",
				"Bộ gá hàn ống thép xoay tự động")
			.as("another union's initiative is not theirs to open")
			.doesNotContain("href=\"/initiatives/" + publishedElsewhere + "\"");
	}

	@Test
	@DisplayName("R-2.1: only the reviewers of the initiative's union may ask: 403 for an author of another union, and for its own author")
	void onlyTheReviewers() {
		long underReview = submitted("tacgia.hn", "Giá đỡ cuộn chỉ xoay", "Giá xoay cho cuộn chỉ lớn");

		ApiClient.Response otherUnion = api.get("tacgia.dn", "/api/initiatives/" + underReview + "/similar");
		ApiClient.Response author = api.get("tacgia.hn", "/api/initiatives/" + underReview + "/similar");
		ApiClient.Response otherSupportTeam = api.get("hotro.dn", "/api/initiatives/" + underReview + "/similar");

		assertThat(otherUnion.statusCode()).isEqualTo(403);
		assertThat(otherUnion.body().path("code").asText()).isEqualTo("initiative.not-visible");
		assertThat(otherSupportTeam.statusCode()).isEqualTo(403);
		assertThat(author.statusCode()).isEqualTo(403);
		assertThat(author.body().path("code").asText()).isEqualTo("initiative.similar.not-reviewer");
	}

	private long submitted(String author, String title, String summary) {
		long id = InitiativeDrafts.draft(api, author, content(author, title, summary));
		ApiClient.Response submitted = api.post(author, "/api/initiatives/" + id + "/submit", null);
		assertThat(submitted.statusCode()).as("%s", submitted.body()).isEqualTo(200);
		waiting.put(id, author);
		return id;
	}

	/** A complete initiative with its own summary: the demo's common one would make every two of them alike. */
	private static String content(String author, String title, String summary) {
		return InitiativeDrafts.complete(title, author, author.equals("tacgia.hn") ? "Nguyễn Văn An" : "Trần Thị Bình")
			.replace("Tóm tắt của sáng kiến", summary);
	}

	private static List<Long> ids(JsonNode list) {
		List<Long> ids = new ArrayList<>();
		list.forEach(one -> ids.add(one.path("id").asLong()));
		return ids;
	}
}
