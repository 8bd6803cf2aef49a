package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import vn.congdoan.sangkien.FaultTest;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.LoopbackRelay;
import vn.congdoan.sangkien.SecondNode;

/**
 * A node that reaches Keycloak through a relay the test cuts and opens again: for the node, Keycloak stops and
 * comes back, while the test run's Keycloak (every other test's) runs on. Keycloak's host name is fixed to its
 * own address, so its tokens name that issuer; the node checks them against it and reads the keys through
 * the relay, as a node reads them from a Keycloak at its own address in production.
 */
@FaultTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Keycloak stopped: public pages and valid tokens keep working, sign-in says it is unavailable, all recovers")
class KeycloakOutageTest {

	private static final Log log = LogFactory.getLog(KeycloakOutageTest.class);

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private static final String SIGN_IN = "/oauth2/authorization/keycloak";

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Autowired
	KeycloakTokens tokens;

	LoopbackRelay keycloak;

	SecondNode node;

	@BeforeAll
	void startNodeBehindRelay() {
		String realKeycloak = environment.getRequiredProperty("sangkien.keycloak.url");
		keycloak = LoopbackRelay.to(URI.create(realKeycloak).getPort());
		String relayed = "http://127.0.0.1:" + keycloak.port();
		node = SecondNode.start("keycloak-outage", environment, clock, Map.of(
				"sangkien.keycloak.url", relayed,
				"spring.security.oauth2.resourceserver.jwt.issuer-uri", realKeycloak + "/realms/sangkien",
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
				relayed + "/realms/sangkien/protocol/openid-connect/certs"))
			.awaitReady(Duration.ofMinutes(4));
	}

	@AfterAll
	void stop() throws InterruptedException {
		if (node != null) {
			node.close();
		}
		if (keycloak != null) {
			keycloak.close();
		}
	}

	@Test
	@DisplayName("while stopped: public pages answer, a token issued before works (keys held), sign-in and appointments answer 503")
	void whileStopped() throws Exception {
		// One call before the stop: the node reads Keycloak's keys. The second token it sees only during the stop.
		String seenBefore = tokens.accessToken("tacgia.hn");
		String seenDuring = tokens.accessToken("canbo.dn");
		assertThat(api(seenBefore, "/api/ideas/mine").statusCode()).isEqualTo(200);

		keycloak.cut();
		try {
			Instant stopped = Instant.now();
			assertThat(page("/").statusCode()).isEqualTo(200);
			assertThat(page("/initiatives").statusCode()).isEqualTo(200);
			assertThat(api(null, "/api/public/progress").statusCode()).isEqualTo(200);

			assertThat(api(seenBefore, "/api/ideas/mine").statusCode()).as("a token the node has checked").isEqualTo(200);
			HttpResponse<String> unseen = api(seenDuring, "/api/ideas/mine");
			assertThat(unseen.statusCode()).as("a token the node checks now, with the keys it holds: %s", unseen.body())
				.isEqualTo(200);

			HttpResponse<String> appointment = send(HttpRequest.newBuilder(URI.create(node.baseUrl()
					+ "/api/units/CDCS-48-0001/appointments"))
				.header("Authorization", "Bearer " + seenDuring)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"tacgia.dn\",\"role\":\"council\"}")));
			assertThat(appointment.statusCode()).as("an appointment is written to Keycloak: %s", appointment.body())
				.isEqualTo(503);
			assertThat(new ObjectMapper().readTree(appointment.body()).path("code").asText()).isEqualTo("keycloak.unavailable");
			assertThat(appointment.headers().firstValue("Retry-After")).isPresent();

			HttpResponse<String> signIn = awaitSignIn(503);
			assertThat(signIn.body()).contains("Hệ thống đăng nhập đang tạm ngừng");
			assertThat(signIn.headers().firstValue("Location")).isEmpty();
			log.info("Keycloak stopped for " + Duration.between(stopped, Instant.now()).toMillis()
					+ " ms: public pages 200, tokens 200, appointment 503 keycloak.unavailable, sign-in 503");
		}
		finally {
			keycloak.open();
		}
	}

	@Test
	@DisplayName("back again: sign-in sends the browser to Keycloak's login page, the node not restarted")
	void backAgain() throws Exception {
		keycloak.cut();
		try {
			awaitSignIn(503);
		}
		finally {
			keycloak.open();
		}
		Instant reopened = Instant.now();

		HttpResponse<String> signIn = awaitSignIn(302);
		log.info("Sign-in redirected to Keycloak again " + Duration.between(reopened, Instant.now()).toMillis()
				+ " ms after it came back");
		String login = signIn.headers().firstValue("Location").orElseThrow();
		assertThat(login).startsWith("http://127.0.0.1:" + keycloak.port() + "/realms/sangkien/protocol/openid-connect/auth");
		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(login)));
		assertThat(loginPage.statusCode()).isEqualTo(200);
		assertThat(loginPage.body()).contains("kc-form-login");
	}

	/** The sign-in link, once it answers {@code status}: the node asks Keycloak again at most every 10 s. */
	private HttpResponse<String> awaitSignIn(int status) {
		return await("sign-in answers " + status).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.until(() -> page(SIGN_IN), answer -> answer.statusCode() == status);
	}

	private HttpResponse<String> page(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).header("Accept", "text/html"));
	}

	private HttpResponse<String> api(String token, String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
