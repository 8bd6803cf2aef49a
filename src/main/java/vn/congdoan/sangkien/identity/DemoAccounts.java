package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside dev and tests the platform does not start on a realm that still holds the demo's accounts: their
 * password is in this repository, and some of them are the VGCL Office and Camunda's operator. They are known
 * by their e-mail domain. Asked at start-up with Camunda's read-only service account; a Keycloak that does not
 * answer then is not a reason to stay down (the public pages work without it), so that is only logged.
 */
@Component
class DemoAccounts implements ApplicationRunner {

	static final String DOMAIN = "@demo.sangkien.vn";

	private static final Log log = LogFactory.getLog(DemoAccounts.class);

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final Environment environment;

	private final IdentitySettings settings;

	private final String clientId;

	private final String clientSecret;

	private final ObjectMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

	DemoAccounts(Environment environment, IdentitySettings settings, ObjectMapper json,
			@Value("${sangkien.camunda-identity.client-id}") String clientId,
			@Value("${sangkien.camunda-identity.client-secret}") String clientSecret) {
		this.environment = environment;
		this.settings = settings;
		this.json = json;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (environment.matchesProfiles("dev | test")) {
			return;
		}
		List<String> found;
		try {
			found = inRealm();
		}
		catch (IOException e) {
			log.warn("Could not ask Keycloak whether the realm holds the demo's accounts (" + e.getMessage()
					+ "); asked again at the next start");
			return;
		}
		if (!found.isEmpty()) {
			throw new IllegalStateException("The realm " + settings.keycloak().realm() + " holds the demo's accounts ("
					+ String.join(", ", found) + "): delete them, or import keycloak/sangkien-realm-production.json");
		}
	}

	/** The user names of the demo's accounts in the realm: the first ten, in Keycloak's order (by user name). */
	List<String> inRealm() throws IOException {
		String realm = settings.keycloak().url() + "/realms/" + settings.keycloak().realm();
		String token = json.readTree(send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")))).path("access_token").asText();
		JsonNode users = json.readTree(send(HttpRequest.newBuilder(URI.create(settings.keycloak().url() + "/admin/realms/"
				+ settings.keycloak().realm() + "/users?max=10&briefRepresentation=true&email="
				+ URLEncoder.encode(DOMAIN, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + token)
			.GET()));
		List<String> names = new ArrayList<>();
		users.forEach(user -> {
			if (user.path("email").asText().endsWith(DOMAIN)) {
				names.add(user.path("username").asText());
			}
		});
		return names;
	}

	private String send(HttpRequest.Builder request) throws IOException {
		try {
			HttpResponse<String> response = http.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
			}
			return response.body();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}
}
