package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;

import vn.congdoan.sangkien.PlatformTest;

/**
 * The production realm file: the demo realm's clients, roles and token mappers, no person's account, no
 * secret, and what a national sign-in needs. Imported into the test run's real Keycloak under a name of its
 * own, where a person is signed in as a browser would be.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("keycloak/sangkien-realm-production.json: the demo realm without its people and secrets, safe for a nation")
class ProductionRealmTest {

	static final String CHECK_REALM = "sangkien-production-check";

	static final String REDIRECT = "https://sangkien.congdoan.vn/login/oauth2/code/keycloak";

	static final String PASSWORD = "Mat-khau-2026!";

	static final ObjectMapper JSON = new ObjectMapper();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	JsonNode production;

	JsonNode demo;

	String admin;

	@BeforeAll
	void importIt() throws Exception {
		production = JSON.readTree(Files.readString(Path.of("keycloak/sangkien-realm-production.json")));
		demo = JSON.readTree(Files.readString(Path.of("keycloak/sangkien-realm.json")));
		admin = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))),
				200).body()).path("access_token").asText();
		ObjectNode realm = (ObjectNode) production.deepCopy();
		realm.put("realm", CHECK_REALM);
		send(adminRequest("/admin/realms").POST(HttpRequest.BodyPublishers.ofString(realm.toString())), 201);
	}

	@AfterAll
	void dropIt() throws Exception {
		if (admin != null) {
			send(adminRequest("/admin/realms/" + CHECK_REALM).DELETE(), 204);
		}
	}

	@Test
	@DisplayName("same clients, token mappers, roles and user profile as the demo realm: the platform reads the same tokens")
	void sameAsTheDemoWhereItMatters() {
		assertThat(clientsAndMappers(production)).isEqualTo(clientsAndMappers(demo));
		assertThat(production.path("roles")).isEqualTo(demo.path("roles"));
		assertThat(production.path("components")).isEqualTo(demo.path("components"));
	}

	@Test
	@DisplayName("no person's account and no client secret: only the platform's service accounts")
	void noPeopleNoSecrets() {
		production.path("users").forEach(user -> assertThat(user.hasNonNull("serviceAccountClientId")).as("%s", user).isTrue());
		production.path("clients").forEach(client -> assertThat(client.has("secret")).as("%s", client.path("clientId")).isFalse());
		assertThat(production.toString()).doesNotContain("demo.sangkien.vn", "-demo-secret", "localhost");
	}

	@Test
	@DisplayName("Keycloak keeps the password policy, reset, e-mail checks, brute-force protection and the audit events")
	void nationalSignIn() throws Exception {
		JsonNode realm = JSON.readTree(send(adminRequest("/admin/realms/" + CHECK_REALM).GET(), 200).body());

		assertThat(realm.path("passwordPolicy").asText()).contains("length(10)", "notUsername", "passwordHistory(5)");
		assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
		assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
		assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
		assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.path("eventsEnabled").asBoolean()).isTrue();
		assertThat(realm.path("adminEventsEnabled").asBoolean()).isTrue();
		assertThat(realm.path("browserFlow").asText()).isEqualTo(production.path("browserFlow").asText());
		String secret = JSON.readTree(send(adminRequest("/admin/realms/" + CHECK_REALM + "/clients/" + clientUuid("sangkien-web")
				+ "/client-secret").GET(), 200).body()).path("value").asText();
		assertThat(secret).isNotBlank().doesNotContain("demo");
	}

	@Test
	@DisplayName("the VGCL Office is sent to set up a one-time code after its password; an author is signed in with the password alone")
	void secondFactorForTheOffice() throws Exception {
		createUser("vanphong.check", "programme-office:TLD");
		createUser("tacgia.check", "author:CDCS-01-0001");

		HttpResponse<String> office = signIn("vanphong.check");
		HttpResponse<String> author = signIn("tacgia.check");

		assertThat(office.statusCode()).as("%s", office.body()).isEqualTo(302);
		assertThat(office.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("required-action").contains("CONFIGURE_TOTP").doesNotStartWith(REDIRECT));
		assertThat(author.statusCode()).as("%s", author.body()).isEqualTo(302);
		assertThat(author.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith(REDIRECT).contains("code="));
	}

	@Test
	@DisplayName("a password that is the user name or too short is refused by the realm")
	void passwordPolicy() throws Exception {
		createUser("doanvien.check", "author:CDCS-01-0001");
		String id = userId("doanvien.check");
		for (String weak : List.of("doanvien.check", "ngan123")) {
			HttpResponse<String> refused = send(adminRequest("/admin/realms/" + CHECK_REALM + "/users/" + id + "/reset-password")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"%s\",\"temporary\":false}".formatted(weak))),
					400);
			assertThat(refused.body()).containsIgnoringCase("password");
		}
	}

	/** Signs in as a browser does (authorization code with PKCE) and answers what follows the password. */
	private HttpResponse<String> signIn(String username) throws Exception {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String verifier = "v".repeat(43) + username.length();
		String challenge = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		URI authorize = URI.create(keycloak + "/realms/" + CHECK_REALM + "/protocol/openid-connect/auth?client_id=sangkien-web"
				+ "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
				+ "&code_challenge_method=S256&code_challenge=" + challenge);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
		String loginPage = login.body();
		// Keycloak marks its cookies Secure, which a browser sends to localhost over HTTP and Java's CookieManager does not.
		String cookies = login.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
			.collect(Collectors.joining("; "));
		Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
			.matcher(loginPage);
		assertThat(action.find()).as("the login form of %s", loginPage).isTrue();
		String url = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");
		return browser.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies)
			.POST(form(Map.of("username", username, "password", PASSWORD)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void createUser(String username, String post) throws Exception {
		String user = """
				{"username":"%s","enabled":true,"email":"%s@example.vn","emailVerified":true,"firstName":"Kiểm","lastName":"Thử",
				 "attributes":{"unit_role":["%s"]},
				 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(username, username, post, PASSWORD);
		send(adminRequest("/admin/realms/" + CHECK_REALM + "/users").POST(HttpRequest.BodyPublishers.ofString(user)), 201);
	}

	private String userId(String username) throws Exception {
		return JSON.readTree(send(adminRequest("/admin/realms/" + CHECK_REALM + "/users?exact=true&username=" + username).GET(), 200)
			.body()).path(0).path("id").asText();
	}

	private String clientUuid(String clientId) throws Exception {
		return JSON.readTree(send(adminRequest("/admin/realms/" + CHECK_REALM + "/clients?clientId=" + clientId).GET(), 200)
			.body()).path(0).path("id").asText();
	}

	/** Each client with the names and settings of its token mappers. */
	private static Set<String> clientsAndMappers(JsonNode realm) {
		Set<String> all = new TreeSet<>();
		realm.path("clients").forEach(client -> {
			all.add(client.path("clientId").asText() + " public=" + client.path("publicClient").asBoolean());
			client.path("protocolMappers").forEach(mapper -> all.add(client.path("clientId").asText() + " " + mapper));
		});
		return all;
	}

	private HttpRequest.Builder adminRequest(String path) {
		return HttpRequest.newBuilder(URI.create(keycloak + path))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json");
	}

	private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.uri(), response.body())
			.isEqualTo(expected);
		return response;
	}
}
