package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SecondNode;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("With Keycloak down the platform starts, serves its public pages, and says sign-in is unavailable")
class KeycloakDownTest {

	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	SecondNode node;

	@BeforeAll
	void startWithKeycloakDown() throws IOException {
		node = SecondNode.start("keycloak-down", environment, clock,
					Map.of("sangkien.keycloak.url", "http://127.0.0.1:" + portNobodyListensOn()))
			.awaitReady(Duration.ofMinutes(4));
	}

	@AfterAll
	void stop() throws InterruptedException {
		if (node != null) {
			node.close();
		}
	}

	@Test
	@DisplayName("the home page, the public list and the public API answer")
	void publicPages() throws Exception {
		assertThat(get("/").statusCode()).isEqualTo(200);
		assertThat(get("/initiatives").statusCode()).isEqualTo(200);
		assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/public/progress")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("signing in answers 503 with the message in Vietnamese, instead of sending the browser to a dead server")
	void signIn() throws Exception {
		HttpResponse<String> signIn = get("/oauth2/authorization/keycloak");

		assertThat(signIn.statusCode()).isEqualTo(503);
		assertThat(signIn.body()).contains("Hệ thống đăng nhập đang tạm ngừng");
		assertThat(signIn.headers().firstValue("Location")).isEmpty();
	}

	@Test
	@DisplayName("a page that needs a user sends them to sign in, which says the same")
	void privatePage() throws Exception {
		HttpResponse<String> inbox = get("/inbox");

		assertThat(inbox.statusCode()).isEqualTo(302);
		assertThat(inbox.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A port that was free a moment ago: nothing answers there. */
	private static int portNobodyListensOn() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
