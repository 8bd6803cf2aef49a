package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * The recognition application as Circular 18/2013 (Appendix I) lists it, and what the author asks to keep
 * confidential kept in the unit: its authors and the support team, council and officers of its unit read it; the
 * officers above, the Office, another unit and the public never do (issue 11, section 2).
 */
@PlatformTest
@DisplayName("The application as the law asks, its confidential content kept in the unit (Circular 18/2013, issue 11)")
class ConfidentialContentTest {

	/** A word that appears only in the confidential content of this class's initiatives. */
	private static final String SECRET_WORD = "Khuondapbimat";

	private static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final String SECRET = "Bản vẽ khuôn dập " + SECRET_WORD + ", dung sai 0,02 mm";

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("the author writes each author's workplace, title and qualification, the investor, the field of "
			+ "application and what must stay confidential; the council of the unit reads them all")
	void theApplicationsFields() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", application("Khuôn dập tấm ốp inox"));

		JsonNode asAuthor = api.get("tacgia.hn", "/api/initiatives/" + id).body();
		assertThat(api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null).statusCode()).isEqualTo(200);
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		JsonNode asCouncil = api.get("hoidong.hn", "/api/initiatives/" + id).body();

		for (JsonNode seen : new JsonNode[] { asAuthor, asCouncil }) {
			assertThat(seen.path("investor").asText()).isEqualTo("Công ty Cổ phần May Cầu Giấy");
			assertThat(seen.path("fieldOfApplication").asText()).isEqualTo("Cơ khí chế tạo");
			assertThat(seen.path("confidentialContent").asText()).isEqualTo(SECRET);
			JsonNode author = seen.path("contributors").get(0);
			assertThat(author.path("workplace").asText()).isEqualTo("Phân xưởng cơ khí");
			assertThat(author.path("jobTitle").asText()).isEqualTo("Tổ trưởng");
			assertThat(author.path("qualification").asText()).isEqualTo("Kỹ sư cơ khí");
			assertThat(seen.path("contributors").get(1).path("dateOfBirth").asText()).isEqualTo("1985-04-12");
		}
	}

	@Test
	@DisplayName("published, the confidential content is read by the author, the support team and the council of its unit; "
			+ "the officers above and the Office see the initiative without it; another unit gets 403; the public API, "
			+ "the public page and the public search never show nor match it")
	void confidentialStaysInTheUnit() throws Exception {
		String title = "Khuôn dập tấm ốp Hoành Sơn";
		long id = steps.publishedFrom(application(title));

		for (String reviewer : new String[] { "tacgia.hn", "hotro.hn", "hoidong.hn", "canbo.hn" }) {
			assertThat(api.get(reviewer, "/api/initiatives/" + id).body().path("confidentialContent").asText())
				.as(reviewer).isEqualTo(SECRET);
		}
		for (String above : new String[] { "canbo.caugiay", "vanphong.tld" }) {
			ApiClient.Response seen = api.get(above, "/api/initiatives/" + id);
			assertThat(seen.statusCode()).as(above).isEqualTo(200);
			assertThat(seen.body().path("confidentialContent").isTextual()).as(above).isFalse();
			assertThat(seen.body().toString()).as(above).doesNotContain(SECRET_WORD);
		}
		for (String otherUnit : new String[] { "hoidong.dn", "tacgia.dn" }) {
			ApiClient.Response refused = api.get(otherUnit, "/api/initiatives/" + id);
			assertThat(refused.statusCode()).as(otherUnit).isEqualTo(403);
			assertThat(refused.body().toString()).as(otherUnit).doesNotContain(SECRET_WORD);
		}

		ApiClient.Response byTitle = api.get(null, "/api/public/initiatives?q=Hoành Sơn");
		assertThat(byTitle.body().findValuesAsText("id")).contains(String.valueOf(id));
		assertThat(byTitle.body().toString()).doesNotContain(SECRET_WORD);
		assertThat(api.get(null, "/api/public/initiatives?q=" + SECRET_WORD).body().findValuesAsText("id"))
			.as("a word only in the confidential content finds nothing").isEmpty();
		LoginSession anonymous = new LoginSession(port);
		HttpResponse<String> publicPage = anonymous.get("/initiatives?q=Ho%C3%A0nh%20S%C6%A1n");
		assertThat(publicPage.statusCode()).isEqualTo(200);
		assertThat(publicPage.body()).contains(title).doesNotContain(SECRET_WORD);
	}

	@Test
	@DisplayName("the initiative's page shows the confidential content to the council of its unit, at its task too, "
			+ "and not to the Office")
	void pagesShowItOnlyInTheUnit() throws Exception {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", application("Khuôn dập tấm ốp Vạn Xuân"));
		assertThat(api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null).statusCode()).isEqualTo(200);
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		String task = steps.taskOf(id, "councilRecognition").getId();

		LoginSession council = new LoginSession(port);
		council.signInAt("/inbox", "hoidong.hn");
		LoginSession office = new LoginSession(port);
		office.signInAt("/inbox", "vanphong.tld");

		HttpResponse<String> councilsPage = council.get("/initiatives/" + id);
		assertThat(councilsPage.statusCode()).isEqualTo(200);
		assertThat(councilsPage.body()).contains(SECRET_WORD, "Cơ khí chế tạo", "Kỹ sư cơ khí");
		assertThat(council.get("/tasks/" + task).body()).contains(SECRET_WORD);
		HttpResponse<String> officesPage = office.get("/initiatives/" + id);
		assertThat(officesPage.statusCode()).isEqualTo(200);
		assertThat(officesPage.body()).contains("Cơ khí chế tạo").doesNotContain(SECRET_WORD);
	}

	@Test
	@DisplayName("a file the author marks confidential is listed and served to the unit's reviewers; the officers above "
			+ "and the Office neither see its name nor download it (403), while the dossier's other files stay theirs")
	void confidentialFilesStayInTheUnit() throws Exception {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", application("Khuôn dập tấm ốp Tản Viên"));
		String files = "/api/initiatives/" + id + "/attachments";
		ApiClient.Response open = api.upload("tacgia.hn", files, "thuyet-minh.pdf", "application/pdf", PDF);
		ApiClient.Response secret = api.upload("tacgia.hn", files + "?confidential=true", "ban-ve-" + SECRET_WORD + ".pdf",
				"application/pdf", PDF);
		assertThat(open.body().path("confidential").asBoolean()).isFalse();
		assertThat(secret.body().path("confidential").asBoolean()).isTrue();
		String secretFile = files + "/" + secret.body().path("id").asLong();
		assertThat(api.post("tacgia.hn", "/api/initiatives/" + id + "/submit", null).statusCode()).isEqualTo(200);

		for (String reviewer : new String[] { "tacgia.hn", "hotro.hn", "hoidong.hn", "canbo.hn" }) {
			assertThat(api.get(reviewer, "/api/initiatives/" + id).body().path("attachments").findValuesAsText("fileName"))
				.as(reviewer).containsExactly("thuyet-minh.pdf", "ban-ve-" + SECRET_WORD + ".pdf");
			assertThat(api.download(reviewer, secretFile).getBody()).as(reviewer).isEqualTo(PDF);
		}
		for (String above : new String[] { "canbo.caugiay", "vanphong.tld" }) {
			ApiClient.Response seen = api.get(above, "/api/initiatives/" + id);
			assertThat(seen.body().path("attachments").findValuesAsText("fileName")).as(above)
				.containsExactly("thuyet-minh.pdf");
			assertThat(api.download(above, secretFile).getStatusCode().value()).as(above).isEqualTo(403);
			assertThat(api.download(above, files + "/" + open.body().path("id").asLong()).getStatusCode().value())
				.as(above).isEqualTo(200);
		}
		assertThat(api.get("hoidong.dn", secretFile).body().path("code").asText()).isEqualTo("initiative.not-visible");
		assertThat(api.get("vanphong.tld", secretFile).body().path("code").asText()).isEqualTo("attachment.confidential");

		LoginSession office = new LoginSession(port);
		office.signInAt("/inbox", "vanphong.tld");
		assertThat(office.get("/initiatives/" + id).body()).contains("thuyet-minh.pdf").doesNotContain(SECRET_WORD);
		LoginSession council = new LoginSession(port);
		council.signInAt("/inbox", "hoidong.hn");
		assertThat(council.get("/initiatives/" + id).body()).contains(SECRET_WORD);
	}

	@Test
	@DisplayName("an over-long field of the application is refused (400 request.invalid, in Vietnamese) and nothing is written")
	void overLongFieldsAreRefused() {
		long before = jdbc.queryForObject("select count(*) from initiative where author_username = 'tacgia.hn'", Long.class);
		String tooLong = application("Quá dài").replace(SECRET, "x".repeat(8001));
		String workplaceTooLong = application("Quá dài").replace("Phân xưởng cơ khí", "x".repeat(256));

		for (String[] refusal : new String[][] { { tooLong, "confidentialContent" },
				{ workplaceTooLong, "contributors[0].workplace" } }) {
			ApiClient.Response refused = api.post("tacgia.hn", "/api/initiatives", refusal[0]);
			assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(400);
			assertThat(refused.body().path("code").asText()).isEqualTo("request.invalid");
			assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(refusal[1]);
			assertThat(refused.body().path("errors").get(0).path("message").asText()).contains("vượt quá độ dài");
		}
		assertThat(jdbc.queryForObject("select count(*) from initiative where author_username = 'tacgia.hn'", Long.class))
			.isEqualTo(before);
	}

	/**
	 * A complete initiative of the Hà Nội author with the application's fields: the author's workplace, title and
	 * qualification, the investor, the field of application and the confidential content.
	 */
	private static String application(String title) {
		return InitiativeDrafts.withContributors(title, """
				{"username":"tacgia.hn","sharePercent":70,"workplace":"Phân xưởng cơ khí","jobTitle":"Tổ trưởng",
				 "qualification":"Kỹ sư cơ khí"},
				{"fullName":"Lê Văn Bình","dateOfBirth":"1985-04-12","sharePercent":30,"targetGroup":"UNION_MEMBER"}""")
			.replaceFirst("\"originStory\":", Matcher.quoteReplacement("""
					"investor":"Công ty Cổ phần May Cầu Giấy","fieldOfApplication":"Cơ khí chế tạo",
					"confidentialContent":"%s","originStory":""".formatted(SECRET)));
	}
}
