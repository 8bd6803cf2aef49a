package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.KeycloakAdmin;
import vn.congdoan.sangkien.KeycloakTokens;

/**
 * An officer removed from a post, or an account disabled, in Keycloak: the platform goes by the account as it
 * is now within {@code sangkien.accounts.recheck-after} (2 s in the tests), not at the token's expiry or the
 * page session's end. A person of this test alone, so that no other test's users change.
 */
@PlatformTest
@DisplayName("A disabled account or a removed post counts within seconds, on the API and on the pages")
class AccountRecheckTest {

	/** Each test's own account: a name used again within seconds would meet the account read a moment ago. */
	String username;

	static final String OFFICER = "union-officer:CDCS-01-0001";

	static final ObjectMapper JSON = new ObjectMapper();

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	KeycloakAdmin admin;

	@BeforeEach
	void anOfficer(TestInfo test) throws Exception {
		username = "tamthoi." + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT);
		admin = new KeycloakAdmin(keycloak, new KeycloakTokens(keycloak));
		admin.createUser(username, "Thử", "Tạm", OFFICER);
	}

	@AfterEach
	void removeIt() throws Exception {
		admin.removeUser(username);
	}

	@Test
	@DisplayName("the API refuses a disabled account's unexpired token: 401 auth.account-disabled")
	void disabledOnTheApi() throws Exception {
		assertThat(api.get(username, "/api/tasks").statusCode()).isEqualTo(200);

		change(user -> user.put("enabled", false));

		await("the token refused").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> api.get(username, "/api/tasks").statusCode() == 401);
		assertThat(api.get(username, "/api/tasks").body().path("code").asText()).isEqualTo("auth.account-disabled");
	}

	@Test
	@DisplayName("a page session loses a removed post at once, and ends when the account is disabled")
	void removedAndDisabledOnThePages() throws Exception {
		LoginSession browser = new LoginSession(port);
		browser.signInAt("/dashboard?unit=CDCS-01-0001", username);
		assertThat(browser.get("/dashboard?unit=CDCS-01-0001").statusCode()).isEqualTo(200);

		// Removed from the post, still an author there: not a newcomer, whom every page would lead to the welcome page.
		change(user -> user.set("attributes", JSON.createObjectNode().set("unit_role", JSON.createArrayNode().add("author:CDCS-01-0001"))));

		await("the post gone from the session").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> browser.get("/dashboard?unit=CDCS-01-0001").statusCode() == 403);

		change(user -> user.put("enabled", false));

		await("the session ended").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> !browser.get("/dashboard?unit=CDCS-01-0001").uri().toString().startsWith(browser.baseUrl()));
	}

	private void change(java.util.function.Consumer<ObjectNode> edit) throws Exception {
		admin.changeUser(username, edit);
	}
}
