package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The realm's accounts as Keycloak holds them now, read through its admin API with Camunda's read-only
 * service account (realm-management view-users, query-users): whether an account is still enabled and the
 * posts it holds, whatever a token issued minutes ago says. Its token is kept until shortly before it expires.
 */
@Component
class RealmAccounts {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final IdentitySettings settings;

	private final ObjectMapper json;

	private final String credentials;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

	private volatile Token token = new Token("", Instant.MIN);

	RealmAccounts(IdentitySettings settings, ObjectMapper json,
			@Value("${sangkien.camunda-identity.client-id}") String clientId,
			@Value("${sangkien.camunda-identity.client-secret}") String clientSecret) {
		this.settings = settings;
		this.json = json;
		this.credentials = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
	}

	/** An account now: enabled or not, and its pairs ({@code role:unit}); empty if it is gone. */
	Optional<Account> account(String username) throws IOException {
		for (JsonNode user : users("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&exact=true")) {
			if (username.equals(user.path("username").asText())) {
				Set<String> pairs = new LinkedHashSet<>();
				user.path("attributes").path(PlatformUser.UNIT_ROLE_CLAIM).forEach(pair -> pairs.add(pair.asText()));
				return Optional.of(new Account(user.path("enabled").asBoolean(), pairs));
			}
		}
		return Optional.empty();
	}

	/** The user names of up to {@code max} accounts whose e-mail address ends so. */
	List<String> withEmailEnding(String domain, int max) throws IOException {
		List<String> names = new ArrayList<>();
		for (JsonNode user : users("max=" + max + "&email=" + URLEncoder.encode(domain, StandardCharsets.UTF_8))) {
			if (user.path("email").asText().endsWith(domain)) {
				names.add(user.path("username").asText());
			}
		}
		return names;
	}

	private JsonNode users(String query) throws IOException {
		return json.readTree(send(HttpRequest.newBuilder(URI.create(settings.keycloak().url() + "/admin/realms/"
				+ settings.keycloak().realm() + "/users?briefRepresentation=false&" + query))
			.header("Authorization", "Bearer " + token())
			.GET()));
	}

	private String token() throws IOException {
		Token now = token;
		if (now.renewAfter().isAfter(Instant.now())) {
			return now.value();
		}
		JsonNode issued = json.readTree(send(HttpRequest.newBuilder(URI.create(settings.keycloak().url() + "/realms/"
				+ settings.keycloak().realm() + "/protocol/openid-connect/token"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))));
		// Renewed half-way through its life: never used at the edge of its expiry.
		token = new Token(issued.path("access_token").asText(),
				Instant.now().plusSeconds(issued.path("expires_in").asLong(60) / 2));
		return token.value();
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

	/** An account as Keycloak holds it now. */
	record Account(boolean enabled, Set<String> pairs) {
	}

	private record Token(String value, Instant renewAfter) {
	}
}
