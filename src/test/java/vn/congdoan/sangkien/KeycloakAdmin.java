package vn.congdoan.sangkien;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The test run's Keycloak as its administrator sees it (master realm's admin API), for tests that look at what the
 * platform wrote there and remove what they created. Each call asks a fresh token: master's last a minute.
 */
public final class KeycloakAdmin {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String keycloakUrl;

	private final KeycloakTokens tokens;

	public KeycloakAdmin(String keycloakUrl, KeycloakTokens tokens) {
		this.keycloakUrl = keycloakUrl;
		this.tokens = tokens;
	}

	public String url() {
		return keycloakUrl;
	}

	/** The sangkien realm's identity provider by alias, as Keycloak holds it. */
	public Optional<JsonNode> identityProvider(String alias) {
		HttpResponse<String> response = send("GET", "/sangkien/identity-provider/instances/" + alias, null);
		return response.statusCode() == 404 ? Optional.empty() : Optional.of(read(expect(response, 200)));
	}

	/** The aliases of the sangkien realm's identity providers. */
	public JsonNode identityProviders() {
		return read(expect(send("GET", "/sangkien/identity-provider/instances", null), 200));
	}

	public void removeIdentityProvider(String alias) {
		HttpResponse<String> response = send("DELETE", "/sangkien/identity-provider/instances/" + alias, null);
		if (response.statusCode() != 204 && response.statusCode() != 404) {
			expect(response, 204);
		}
	}

	/** The sangkien realm's account by exact user name. */
	public Optional<JsonNode> user(String username) {
		JsonNode found = read(expect(send("GET", "/sangkien/users?exact=true&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8), null), 200));
		return found.size() == 0 ? Optional.empty() : Optional.of(found.get(0));
	}

	public void removeUser(String username) {
		user(username).ifPresent(user -> expect(send("DELETE", "/sangkien/users/" + user.path("id").asText(), null), 204));
	}

	/** An enabled account of a test's own, with the demo password and these pairs ({@code role:unit}). */
	public void createUser(String username, String firstName, String lastName, String... pairs) {
		ObjectNode user = JSON.createObjectNode()
			.put("username", username).put("enabled", true).put("email", username + "@example.vn").put("emailVerified", true)
			.put("firstName", firstName).put("lastName", lastName);
		user.putObject("attributes").set("unit_role", JSON.valueToTree(pairs));
		user.putArray("credentials").addObject().put("type", "password").put("value", KeycloakTokens.DEMO_PASSWORD)
			.put("temporary", false);
		expect(send("POST", "/sangkien/users", user.toString()), 201);
	}

	/** Changes the account as its administrator would. */
	public void changeUser(String username, Consumer<ObjectNode> edit) {
		String path = "/sangkien/users/" + user(username).orElseThrow().path("id").asText();
		ObjectNode user = (ObjectNode) read(expect(send("GET", path, null), 200));
		edit.accept(user);
		expect(send("PUT", path, user.toString()), 204);
	}

	/** The pairs ({@code role:unit}) the account holds in Keycloak now. */
	public List<String> pairsOf(String username) {
		List<String> pairs = new ArrayList<>();
		String path = "/sangkien/users/" + user(username).orElseThrow().path("id").asText();
		read(expect(send("GET", path, null), 200)).path("attributes").path("unit_role").forEach(pair -> pairs.add(pair.asText()));
		return pairs;
	}

	/** A GET under {@code /admin/realms}, expected to answer 200. */
	public JsonNode get(String path) {
		return read(expect(send("GET", path, null), 200));
	}

	public void createRealm(String representation) {
		expect(send("POST", "", representation), 201);
	}

	public void removeRealm(String realm) {
		HttpResponse<String> response = send("DELETE", "/" + realm, null);
		if (response.statusCode() != 204 && response.statusCode() != 404) {
			expect(response, 204);
		}
	}

	private HttpResponse<String> send(String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms" + path))
			.header("Authorization", "Bearer " + tokens.adminToken())
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return KeycloakTokens.send(request);
	}

	private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + ": "
					+ response.statusCode() + " " + response.body());
		}
		return response;
	}

	private static JsonNode read(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
