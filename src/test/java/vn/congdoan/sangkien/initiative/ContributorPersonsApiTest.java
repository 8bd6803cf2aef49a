package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;

@PlatformTest
@DisplayName("Contributors are persons: a member picked by account or a person with a date of birth (issue 9, section 3)")
class ContributorPersonsApiTest {

	/** Two members of the Hà Nội union with the name of its demo author, registered by this class and removed after it. */
	static final List<String> NAMESAKES = List.of("an.nguyen.hn1", "an.nguyen.hn2");

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Members members;

	/** The platform's clock, in the programme's time (its "today"). */
	@Autowired
	Clock clock;

	@BeforeEach
	void namesakes() {
		NAMESAKES.forEach(username -> members.register(username, "Nguyễn Văn An", "CDCS-01-0001", TargetGroup.WORKER));
	}

	@AfterEach
	void noNamesakesLeft() {
		jdbc.update("delete from member where username = any(?)", (Object) NAMESAKES.toArray(String[]::new));
	}

	@Test
	@DisplayName("a member is named by their account: their name and target group come from the register, not from what was typed")
	void memberFromTheRegister() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.withContributors("Tên của thành viên",
				"""
				{"username":"tacgia.hn","fullName":"Tên gõ sai","targetGroup":"CIVIL_SERVANT","sharePercent":70},
				{"fullName":"Lê Văn Bình","dateOfBirth":"1985-04-12","sharePercent":30,"targetGroup":"UNION_MEMBER"}"""));

		JsonNode contributors = api.get("tacgia.hn", "/api/initiatives/" + id).body().path("contributors");

		assertThat(contributors.get(0).path("fullName").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(contributors.get(0).path("targetGroup").asText()).isEqualTo("WORKER");
		assertThat(contributors.get(1).path("dateOfBirth").asText()).isEqualTo("1985-04-12");
	}

	@Test
	@DisplayName("an account that is no member is refused (400 contributor.member.unknown), and nothing is written")
	void unknownMember() {
		assertRefused("""
				{"username":"khong.co.ai","sharePercent":100}""", "contributor.member.unknown", "contributors[0].username");
	}

	@Test
	@DisplayName("a person without an account needs a date of birth (400 contributor.date-of-birth.required)")
	void personWithoutDateOfBirth() {
		assertRefused("""
				{"username":"tacgia.hn","sharePercent":70},
				{"fullName":"Lê Văn Bình","sharePercent":30,"targetGroup":"UNION_MEMBER"}""",
				"contributor.date-of-birth.required", "contributors[1].dateOfBirth");
	}

	@Test
	@DisplayName("a date of birth in the future, of someone under 15 or over 100 is refused (400 contributor.date-of-birth.implausible)")
	void implausibleDateOfBirth() {
		LocalDate today = LocalDate.now(clock);
		for (LocalDate born : List.of(today.plusDays(1), today.minusYears(15).plusDays(1), today.minusYears(101))) {
			assertRefused("""
					{"username":"tacgia.hn","sharePercent":70},
					{"fullName":"Lê Văn Bình","dateOfBirth":"%s","sharePercent":30,"targetGroup":"UNION_MEMBER"}"""
				.formatted(born), "contributor.date-of-birth.implausible", "contributors[1].dateOfBirth");
		}
	}

	@Test
	@DisplayName("the same person twice on one initiative is refused (400 contributor.duplicate): the same account, or the "
			+ "same name with or without accents and the same date of birth")
	void samePersonTwice() {
		assertRefused("""
				{"username":"tacgia.hn","sharePercent":70},
				{"username":"tacgia.hn","sharePercent":30}""", "contributor.duplicate", "contributors[1].username");
		assertRefused("""
				{"username":"tacgia.hn","sharePercent":40},
				{"fullName":"Lê Văn Bình","dateOfBirth":"1985-04-12","sharePercent":30,"targetGroup":"UNION_MEMBER"},
				{"fullName":" le  van BINH ","dateOfBirth":"1985-04-12","sharePercent":30,"targetGroup":"WORKER"}""",
				"contributor.duplicate", "contributors[2].fullName");
	}

	@Test
	@DisplayName("two members of one name are two people: both named on one initiative is allowed")
	void twoNamesakesOnOneInitiative() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.withContributors("Hai người trùng tên", """
				{"username":"an.nguyen.hn1","sharePercent":50,"leader":true},
				{"username":"an.nguyen.hn2","sharePercent":50}"""));

		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("contributors").findValuesAsText("username"))
			.containsExactly("an.nguyen.hn1", "an.nguyen.hn2");
	}

	@Test
	@DisplayName("R-4.3 counts persons: two members both named Nguyễn Văn An, each credited on a published initiative, are two authors")
	void namesakesCountTwice() {
		long before = authors("CDCS-01-0001");

		published("Sáng kiến của người thứ nhất", """
				{"username":"an.nguyen.hn1","sharePercent":70},
				{"username":"tacgia.hn","sharePercent":30}""");
		published("Sáng kiến của người thứ hai", """
				{"username":"an.nguyen.hn2","sharePercent":70},
				{"username":"tacgia.hn","sharePercent":30}""");

		assertThat(authors("CDCS-01-0001")).isEqualTo(before + 2);
		assertThat(jdbc.queryForList("select author from unit_phase_author where unit_code = 'CDCS-01-0001' "
				+ "and phase_code = 'PHASE_2' and author like 'member:an.nguyen.hn%'", String.class))
			.containsExactlyInAnyOrder("member:an.nguyen.hn1", "member:an.nguyen.hn2");
	}

	@Test
	@DisplayName("R-4.3 counts persons: one person without an account, credited on two published initiatives (written with "
			+ "and without accents), is one author")
	void onePersonCountsOnce() {
		long before = authors("CDCS-01-0001");

		published("Sáng kiến thứ nhất của chị Mến", """
				{"fullName":"Đỗ Thị Mến","dateOfBirth":"1980-02-03","sharePercent":70,"targetGroup":"WORKER"},
				{"username":"tacgia.hn","sharePercent":30}""");
		published("Sáng kiến thứ hai của chị Mến", """
				{"fullName":"Do Thi  Men","dateOfBirth":"1980-02-03","sharePercent":70,"targetGroup":"WORKER"},
				{"username":"tacgia.hn","sharePercent":30}""");

		assertThat(authors("CDCS-01-0001")).isEqualTo(before + 1);
		assertThat(jdbc.queryForList("select author from unit_phase_author where unit_code = 'CDCS-01-0001' "
				+ "and phase_code = 'PHASE_2' and author like 'do thi men|%'", String.class))
			.containsExactly("do thi men|1980-02-03");
	}

	@Test
	@DisplayName("the person key of the platform is the one of the national data set's SQL (person_key, V20)")
	void sameKeyInSql() {
		LocalDate born = LocalDate.of(1980, 2, 3);
		for (String name : List.of("Đỗ Thị Mến", "  NGUYỄN   Văn  Ẩn ", "Trương Quốc Ưng")) {
			assertThat(jdbc.queryForObject("select person_key(null, ?, ?)", String.class, name, born))
				.isEqualTo(PersonKey.of(null, name, born));
			assertThat(jdbc.queryForObject("select person_key(null, ?, null)", String.class, name))
				.isEqualTo(PersonKey.of(null, name, null));
		}
		assertThat(jdbc.queryForObject("select person_key('tacgia.hn', 'Nguyễn Văn An', null)", String.class))
			.isEqualTo(PersonKey.of("tacgia.hn", "Nguyễn Văn An", null)).isEqualTo("member:tacgia.hn");
	}

	@Test
	@DisplayName("the picker finds the members of the author's own union by name or account, with or without accents")
	void pickerFindsOwnUnionsMembers() {
		ApiClient.Response found = api.get("tacgia.hn", "/api/members/search?q=nguyen van an");

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body().findValuesAsText("username")).contains("tacgia.hn", "an.nguyen.hn1", "an.nguyen.hn2");
		assertThat(api.get("tacgia.hn", "/api/members/search?q=Đức&unit=CDCS-01-0001").body()
			.findValuesAsText("username")).containsExactly("hoidong.hn");
		assertThat(api.get("tacgia.hn", "/api/members/search?q=hoidong").body().findValuesAsText("username"))
			.as("members of another union are not found").containsExactlyInAnyOrder("hoidong.hn", "hoidong2.hn");
	}

	@Test
	@DisplayName("the picker refuses someone who is not an author in the union asked for (403), a search of one letter (400), "
			+ "and anyone not signed in (401)")
	void pickerRefusals() {
		ApiClient.Response otherUnion = api.get("tacgia.hn", "/api/members/search?q=binh&unit=CDCS-48-0001");
		ApiClient.Response noAuthor = api.get("hoidong.hn", "/api/members/search?q=nguyen&unit=CDCS-01-0001");
		ApiClient.Response oneLetter = api.get("tacgia.hn", "/api/members/search?q=a");

		assertThat(otherUnion.statusCode()).isEqualTo(403);
		assertThat(otherUnion.body().path("code").asText()).isEqualTo("membership.search.not-author");
		assertThat(noAuthor.statusCode()).isEqualTo(403);
		assertThat(oneLetter.statusCode()).isEqualTo(400);
		assertThat(oneLetter.body().path("code").asText()).isEqualTo("membership.search.too-short");
		assertThat(api.get(null, "/api/members/search?q=nguyen").statusCode()).isEqualTo(401);
	}

	private void assertRefused(String contributors, String code, String field) {
		long drafts = jdbc.queryForObject("select count(*) from initiative where author_username = 'tacgia.hn'", Long.class);

		ApiClient.Response refused = api.post("tacgia.hn", "/api/initiatives",
				InitiativeDrafts.withContributors("Bị từ chối", contributors));

		assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(400);
		assertThat(refused.body().path("code").asText()).isEqualTo(code);
		assertThat(refused.body().path("errors").findValuesAsText("field")).contains(field);
		assertThat(refused.body().path("errors").get(0).path("message").asText()).doesNotContain(code);
		assertThat(jdbc.queryForObject("select count(*) from initiative where author_username = 'tacgia.hn'", Long.class))
			.isEqualTo(drafts);
	}

	/** Submitted by the Hà Nội author with these contributors, accepted, recognised in phase 2 and uploaded. */
	private void published(String title, String contributors) {
		steps.publishedFrom(InitiativeDrafts.withContributors(title, contributors));
	}

	private long authors(String unit) {
		EventPublications.awaitAllHandled(jdbc);
		return jdbc.queryForList("select author_count from unit_phase_total where unit_code = ? and phase_code = 'PHASE_2'",
				Long.class, unit).stream().findFirst().orElse(0L);
	}
}
