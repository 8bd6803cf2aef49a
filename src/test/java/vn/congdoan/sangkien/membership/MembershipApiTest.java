package vn.congdoan.sangkien.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.KeycloakAdmin;

/**
 * A member who signed up on their own holds no post: they choose their grassroots union and target group once,
 * become its author, and write from their next request on, with the token they already have. Accounts of this test
 * alone, removed afterwards with all they left.
 */
@PlatformTest
@DisplayName("A new member chooses their union once and writes; every wrong choice changes nothing")
class MembershipApiTest {

	/** Each test's own account: a name used again within seconds would meet the account read a moment ago. */
	String newcomer;

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	KeycloakAdmin admin;

	final List<Long> drafts = new ArrayList<>();

	@BeforeEach
	void aNewcomer(TestInfo test) throws Exception {
		newcomer = "moi." + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT);
		admin = new KeycloakAdmin(keycloak, new KeycloakTokens(keycloak));
		admin.createUser(newcomer, "Mới", "Đoàn Viên");
	}

	@AfterEach
	void removeAll() throws Exception {
		drafts.forEach(id -> assertThat(api.delete(newcomer, "/api/initiatives/" + id).statusCode()).isEqualTo(204));
		jdbc.update("delete from member where username = ?", newcomer);
		jdbc.update("delete from appointment_log where username = ?", newcomer);
		admin.removeUser(newcomer);
	}

	@Test
	@DisplayName("joined: the author's pair in Keycloak, a row on the union's log, and the same token writes for that union")
	void joinsAndWrites() throws Exception {
		assertThat(api.get(newcomer, "/api/members/me").body().path("code").asText()).isEqualTo("membership.not-joined");
		assertThat(api.post(newcomer, "/api/initiatives", InitiativeDrafts.complete("Trước khi chọn", newcomer, "Đoàn Viên Mới"))
			.statusCode()).as("no post yet: nobody to write for").isEqualTo(403);

		ApiClient.Response joined = api.post(newcomer, "/api/members/me", """
				{"unitCode":"CDCS-01-0002","targetGroup":"PUBLIC_EMPLOYEE"}""");

		assertThat(joined.statusCode()).as("%s", joined.body()).isEqualTo(201);
		assertThat(joined.body().path("fullName").asText()).isEqualTo("Đoàn Viên Mới");
		assertThat(pairs()).containsExactly("author:CDCS-01-0002");
		assertThat(jdbc.queryForList("select action || ' ' || role || ':' || unit_code || ' by ' || actor from appointment_log where username = ?",
				String.class, newcomer)).containsExactly("joined author:CDCS-01-0002 by " + newcomer);
		assertThat(api.get(newcomer, "/api/members/me").body().path("targetGroup").asText()).isEqualTo("PUBLIC_EMPLOYEE");

		ApiClient.Response draft = api.post(newcomer, "/api/initiatives",
				InitiativeDrafts.complete("Sáng kiến đầu tiên", newcomer, "Đoàn Viên Mới"));
		assertThat(draft.statusCode()).as("%s", draft.body()).isEqualTo(201);
		drafts.add(draft.body().path("id").asLong());
		assertThat(draft.body().path("unitCode").asText()).isEqualTo("CDCS-01-0002");
	}

	@Test
	@DisplayName("an unknown union, a union that is not grassroots, no group, a second choice: 4xx and nothing written")
	void wrongChoices() throws Exception {
		assertRefused("{\"unitCode\":\"CDCS-99-9999\",\"targetGroup\":\"WORKER\"}", 404, "membership.unit.unknown");
		assertRefused("{\"unitCode\":\"LDLD-01\",\"targetGroup\":\"WORKER\"}", 400, "membership.unit.not-grassroots");
		assertRefused("{\"unitCode\":\"CDCS-01-0001\"}", 400, "request.invalid");
		assertRefused("{\"unitCode\":\"CDCS-01-0001\",\"targetGroup\":\"ASTRONAUT\"}", 400, null);

		assertThat(api.post(newcomer, "/api/members/me", "{\"unitCode\":\"CDCS-01-0001\",\"targetGroup\":\"WORKER\"}")
			.statusCode()).isEqualTo(201);
		ApiClient.Response again = api.post(newcomer, "/api/members/me", "{\"unitCode\":\"CDCS-48-0001\",\"targetGroup\":\"WORKER\"}");

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body().path("code").asText()).isEqualTo("membership.already-joined");
		assertThat(pairs()).containsExactly("author:CDCS-01-0001");
		assertThat(jdbc.queryForObject("select unit_code from member where username = ?", String.class, newcomer))
			.isEqualTo("CDCS-01-0001");
	}

	@Test
	@DisplayName("a member cannot give themselves a post through Keycloak's account API: the pair stays the administrators'")
	void noPostFromTheAccountConsole() throws Exception {
		String token = new KeycloakTokens(keycloak).accessToken(newcomer);
		HttpRequest.Builder account = HttpRequest.newBuilder(URI.create(keycloak + "/realms/sangkien/account"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json");
		HttpResponse<String> read = HttpClient.newHttpClient().send(account.copy().GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).as("%s", read.body()).isEqualTo(200);
		ObjectNode self = (ObjectNode) new ObjectMapper().readTree(read.body());
		self.putObject("attributes").putArray("unit_role").add("council:CDCS-01-0001");

		HttpResponse<String> answer = HttpClient.newHttpClient().send(account.copy()
			.POST(HttpRequest.BodyPublishers.ofString(self.toString())).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).as("%s", answer.body()).isIn(204, 400);
		assertThat(pairs()).isEmpty();
		assertThat(api.get(newcomer, "/api/tasks").body().size()).as("no council tasks").isZero();
	}

	private void assertRefused(String body, int status, String code) throws Exception {
		ApiClient.Response refused = api.post(newcomer, "/api/members/me", body);
		assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(status);
		if (code != null) {
			assertThat(refused.body().path("code").asText()).isEqualTo(code);
		}
		assertThat(pairs()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from member where username = ?", Long.class, newcomer)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from appointment_log where username = ?", Long.class, newcomer)).isZero();
	}

	private List<String> pairs() {
		return admin.pairsOf(newcomer);
	}
}
