package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;

/**
 * An officer removed from a post, or an account disabled, in Keycloak: the platform goes by the account as it
 * is now within {@code sangkien.accounts.recheck-after} (2 s in the tests), not at the token's expiry or the
 * page session's end. A person of this test alone, so that no other test's users change.
 */
@PlatformTest
@DisplayName("A disabled account or a removed post counts within seconds, on the API and on the pages")
class AccountRecheckTest {

	static final String USERNAME = "tamthoi.kiemtra";

	static final String OFFICER = "union-officer:CDCS-01-0001";

	static final ObjectMapper JSON = new ObjectMapper();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	String admin;

	String userId;

	@BeforeEach
	void anOfficer() throws Exception {
		admin = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
					"admin", "password", "admin").entrySet().stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")))), 200)).path("access_token").asText();
		send(admin("/users").POST(HttpRequest.BodyPublishers.ofString("""
				{"username":"%s","enabled":true,"email":"%s@example.vn","emailVerified":true,"firstName":"Thử","lastName":"Tạm",
				 "attributes":{"unit_role":["%s"]},"credentials":[{"type":"password","value":"demo","temporary":false}]}"""
			.formatted(USERNAME, USERNAME, OFFICER))), 201);
		userId = JSON.readTree(send(admin("/users?exact=true&username=" + USERNAME).GET(), 200)).path(0).path("id").asText();
	}

	@AfterEach
	void removeIt() throws Exception {
		if (userId != null) {
			send(admin("/users/" + userId).DELETE(), 204);
		}
	}

	@Test
	@DisplayName("the API refuses a disabled account's unexpired token: 401 auth.account-disabled")
	void disabledOnTheApi() throws Exception {
		assertThat(api.get(USERNAME, "/api/tasks").statusCode()).isEqualTo(200);

		change(user -> user.put("enabled", false));

		await("the token refused").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> api.get(USERNAME, "/api/tasks").statusCode() == 401);
		assertThat(api.get(USERNAME, "/api/tasks").body().path("code").asText()).isEqualTo("auth.account-disabled");
	}

	@Test
	@DisplayName("a page session loses a removed post at once, and ends when the account is disabled")
	void removedAndDisabledOnThePages() throws Exception {
		LoginSession browser = new LoginSession(port);
		browser.signInAt("/dashboard?unit=CDCS-01-0001", USERNAME);
		assertThat(browser.get("/dashboard?unit=CDCS-01-0001").statusCode()).isEqualTo(200);

		change(user -> user.set("attributes", JSON.createObjectNode().set("unit_role", JSON.createArrayNode())));

		await("the post gone from the session").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> browser.get("/dashboard?unit=CDCS-01-0001").statusCode() == 403);

		change(user -> user.put("enabled", false));

		await("the session ended").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> !browser.get("/dashboard?unit=CDCS-01-0001").uri().toString().startsWith(browser.baseUrl()));
	}

	/** Changes the account in Keycloak as its administrator would. */
	private void change(java.util.function.Consumer<ObjectNode> edit) throws Exception {
		ObjectNode user = (ObjectNode) JSON.readTree(send(admin("/users/" + userId).GET(), 200));
		edit.accept(user);
		send(admin("/users/" + userId).PUT(HttpRequest.BodyPublishers.ofString(user.toString())), 204);
	}

	private HttpRequest.Builder admin(String path) {
		return HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/sangkien" + path))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json");
	}

	private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.uri(), response.body())
			.isEqualTo(expected);
		return response.body();
	}
}
