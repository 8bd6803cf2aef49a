package vn.congdoan.sangkien;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens of the demo users, from the test run's Keycloak. The realm has no client that
 * allows the password grant; a test-only public client is added through the admin API once per run.
 */
public final class KeycloakTokens {

	public static final String DEMO_PASSWORD = "demo";

	private static final String TEST_CLIENT = "sangkien-test";

	/** The client the benchmark adds to a running demo platform, which application-dev.yaml accepts. */
	public static final String BENCHMARK_CLIENT = "sangkien-benchmark";

	private static final Duration REUSE = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

	/** Users whose password is not the demo's (the national data set's accounts, for the benchmark). */
	private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();

	private static volatile boolean clientCreated;

	private final String keycloakUrl;

	private final String clientId;

	public KeycloakTokens(String keycloakUrl) {
		this(keycloakUrl, TEST_CLIENT);
	}

	public KeycloakTokens(String keycloakUrl, String clientId) {
		this.keycloakUrl = keycloakUrl;
		this.clientId = clientId;
	}

	/** From now on {@code username} signs in with {@code password}, on the API and on the pages. */
	public static void usePassword(String username, String password) {
		PASSWORDS.put(username, password);
	}

	static String passwordOf(String username) {
		return PASSWORDS.getOrDefault(username, DEMO_PASSWORD);
	}

	public String accessToken(String username) {
		if (!clientCreated) {
			ensureTestClient();
		}
		// One sign-in per user at a time: Keycloak's brute-force detection refuses a user's concurrent
		// password grants now and then (seen with four benchmark clients renewing the same user's token).
		return TOKENS.compute(username, (user, token) -> token == null || token.obtained.plus(REUSE).isBefore(Instant.now())
				? new Token(passwordGrant("sangkien", clientId, user, passwordOf(user)), Instant.now()) : token).value;
	}

	/**
	 * A real token of the same realm and user, but issued to another application (the realm's own
	 * {@code admin-cli}, which allows the password grant in every realm): the API must not take it.
	 */
	public String accessTokenOfAnotherClient(String username) {
		return passwordGrant("sangkien", "admin-cli", username, DEMO_PASSWORD);
	}

	/**
	 * The ID token Keycloak hands the test client beside the access token when asked for {@code openid}: it is
	 * issued to a platform client too, but says who signed in, not what they may do, and the API must not take it.
	 */
	public String idToken(String username) {
		if (!clientCreated) {
			ensureTestClient();
		}
		return grant("sangkien", clientId, username, passwordOf(username), Map.of("scope", "openid")).get("id_token").asText();
	}

	/** A token of the master realm's administrator, for a test that changes Keycloak itself ({@link KeycloakAdmin}). */
	public String adminToken() {
		return passwordGrant("master", "admin-cli", "admin", "admin");
	}

	private synchronized void ensureTestClient() {
		if (clientCreated) {
			return;
		}
		String admin = passwordGrant("master", "admin-cli", "admin", "admin");
		String client = """
				{"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
				 "protocolMappers":[{"name":"unit_role","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper",
				   "config":{"user.attribute":"unit_role","claim.name":"unit_role","jsonType.label":"String","multivalued":"true",
				             "access.token.claim":"true","id.token.claim":"true"}}]}""".formatted(clientId);
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/sangkien/clients"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(client))
			.build());
		if (response.statusCode() != 201 && response.statusCode() != 409) {
			throw new IllegalStateException("Could not create the test client: " + response.statusCode() + " " + response.body());
		}
		clientCreated = true;
	}

	private String passwordGrant(String realm, String clientId, String username, String password) {
		return grant(realm, clientId, username, password, Map.of()).get("access_token").asText();
	}

	private JsonNode grant(String realm, String clientId, String username, String password, Map<String, String> extra) {
		Map<String, String> parameters = new HashMap<>(extra);
		parameters.putAll(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
		String form = parameters
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		try {
			JsonNode body = JSON.readTree(response.body());
			if (!body.hasNonNull("access_token")) {
				throw new IllegalStateException("No token for " + username + ": " + response.body());
			}
			return body;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A request to Keycloak, its answer as text; a failed connection is the test's failure. */
	static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private record Token(String value, Instant obtained) {
	}
}
