package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The test Keycloak's administrator, for tests that make or change accounts of their own in realm
 * {@code sangkien} as an administrator would (the master realm's {@code admin}), and remove them afterwards.
 */
public final class RealmAdmin {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String keycloak;

	private final String token;

	public RealmAdmin(String keycloakUrl) throws IOException, InterruptedException {
		this.keycloak = keycloakUrl;
		this.token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
					"admin", "password", "admin").entrySet().stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")))), 200)).path("access_token").asText();
	}

	/** An enabled account with the demo password and these pairs ({@code role:unit}); its id. */
	public String createUser(String username, String firstName, String lastName, String... pairs)
			throws IOException, InterruptedException {
		ObjectNode user = JSON.createObjectNode()
			.put("username", username).put("enabled", true).put("email", username + "@example.vn").put("emailVerified", true)
			.put("firstName", firstName).put("lastName", lastName);
		user.putObject("attributes").set("unit_role", JSON.valueToTree(pairs));
		user.putArray("credentials").addObject().put("type", "password").put("value", KeycloakTokens.DEMO_PASSWORD)
			.put("temporary", false);
		send(request("/realms/sangkien/users").POST(HttpRequest.BodyPublishers.ofString(user.toString())), 201);
		return userId(username);
	}

	/** The id of an account, or null if there is none. */
	public String userId(String username) throws IOException, InterruptedException {
		JsonNode found = JSON.readTree(send(request("/realms/sangkien/users?exact=true&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8)).GET(), 200));
		return found.isEmpty() ? null : found.path(0).path("id").asText();
	}

	public JsonNode user(String id) throws IOException, InterruptedException {
		return JSON.readTree(send(request("/realms/sangkien/users/" + id).GET(), 200));
	}

	/** Changes the account as its administrator would. */
	public void change(String id, Consumer<ObjectNode> edit) throws IOException, InterruptedException {
		ObjectNode user = (ObjectNode) user(id);
		edit.accept(user);
		send(request("/realms/sangkien/users/" + id).PUT(HttpRequest.BodyPublishers.ofString(user.toString())), 204);
	}

	public void deleteUser(String id) throws IOException, InterruptedException {
		send(request("/realms/sangkien/users/" + id).DELETE(), 204);
	}

	/** A request to Keycloak's admin API, {@code path} after {@code /admin}. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(keycloak + "/admin" + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json");
	}

	/** Sends it and fails the test unless Keycloak answers {@code expected}; the body. */
	public static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.uri(), response.body())
			.isEqualTo(expected);
		return response.body();
	}
}
