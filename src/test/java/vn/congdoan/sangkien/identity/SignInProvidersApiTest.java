package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.ExternalRealm;
import vn.congdoan.sangkien.KeycloakAdmin;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.system.ProblemException;

@PlatformTest
@DisplayName("Sign-in with Google, Facebook and OpenID providers, switched on by the VGCL Office in the real Keycloak")
class SignInProvidersApiTest {

	static final String PROVIDERS = "/api/office/sign-in-providers/";

	static final String OUTSIDE = "ban-ngoai-api";

	@Autowired
	ApiClient api;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	SignInProviders providers;

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	KeycloakAdmin admin;

	@BeforeEach
	void theAdministrator() {
		admin = new KeycloakAdmin(keycloak, tokens);
	}

	@Test
	@DisplayName("the Office enters an OpenID provider: Keycloak holds it, on, e-mail trusted, imported once; the secret never comes back; switched off, it stays off")
	void openIdProviderOnAndOff() {
		try (ExternalRealm outside = ExternalRealm.create(admin, OUTSIDE, OUTSIDE)) {
			ApiClient.Response on = api.put("vanphong.tld", PROVIDERS + OUTSIDE, """
					{"kind":"oidc","clientId":"%s","clientSecret":"%s","issuer":"%s","displayName":"Ban ngoài"}"""
				.formatted(ExternalRealm.CLIENT_ID, ExternalRealm.CLIENT_SECRET, outside.issuer()));

			assertThat(on.statusCode()).as("%s", on.body()).isEqualTo(200);
			assertThat(on.body().path("enabled").asBoolean()).isTrue();
			assertThat(on.body().path("redirectUri").asText()).isEqualTo(keycloak + "/realms/sangkien/broker/" + OUTSIDE + "/endpoint");
			JsonNode held = admin.identityProvider(OUTSIDE).orElseThrow();
			assertThat(held.path("providerId").asText()).isEqualTo("oidc");
			assertThat(held.path("displayName").asText()).isEqualTo("Ban ngoài");
			assertThat(held.path("enabled").asBoolean()).isTrue();
			assertThat(held.path("trustEmail").asBoolean()).isTrue();
			assertThat(held.path("config").path("syncMode").asText()).isEqualTo("IMPORT");
			assertThat(held.path("config").path("clientId").asText()).isEqualTo(ExternalRealm.CLIENT_ID);
			assertThat(held.path("config").path("issuer").asText()).isEqualTo(outside.issuer());
			assertThat(held.path("config").path("authorizationUrl").asText()).startsWith(outside.issuer() + "/protocol/openid-connect/auth");

			ApiClient.Response listed = api.get("vanphong.tld", "/api/office/sign-in-providers");
			assertThat(listed.statusCode()).isEqualTo(200);
			assertThat(listed.body().findValuesAsText("alias")).contains(OUTSIDE);
			assertThat(on.body().toString() + listed.body()).doesNotContain(ExternalRealm.CLIENT_SECRET).doesNotContain("clientSecret");

			ApiClient.Response off = api.delete("vanphong.tld", PROVIDERS + OUTSIDE);
			assertThat(off.statusCode()).as("%s", off.body()).isEqualTo(204);
			assertThat(admin.identityProvider(OUTSIDE).orElseThrow().path("enabled").asBoolean()).isFalse();
		}
		assertThat(admin.identityProvider(OUTSIDE)).isEmpty();
	}

	@Test
	@DisplayName("Google and Facebook: with the client ids entered, each is switched on under its own name and provider")
	void googleAndFacebook() {
		try {
			for (String kind : List.of("google", "facebook")) {
				ApiClient.Response on = api.put("vanphong.tld", PROVIDERS + kind,
						"{\"kind\":\"%s\",\"clientId\":\"id-%s\",\"clientSecret\":\"secret-%s\"}".formatted(kind, kind, kind));

				assertThat(on.statusCode()).as("%s", on.body()).isEqualTo(200);
				JsonNode held = admin.identityProvider(kind).orElseThrow();
				assertThat(held.path("providerId").asText()).isEqualTo(kind);
				assertThat(held.path("enabled").asBoolean()).isTrue();
				assertThat(held.path("trustEmail").asBoolean()).isTrue();
				assertThat(held.path("config").path("syncMode").asText()).isEqualTo("IMPORT");
				assertThat(held.path("config").path("clientId").asText()).isEqualTo("id-" + kind);
			}
		}
		finally {
			admin.removeIdentityProvider("google");
			admin.removeIdentityProvider("facebook");
		}
	}

	@Test
	@DisplayName("an unknown kind, an empty client id, a malformed or unreadable address, a wrong name: 400 in Vietnamese, nothing written")
	void badInputWritesNothing() {
		JsonNode before = admin.identityProviders();

		refused("zalo", "{\"kind\":\"zalo\",\"clientId\":\"a\",\"clientSecret\":\"b\"}", "sign-in-provider.kind.unknown",
				"Không có loại đăng nhập \"zalo\"");
		refused("google", "{\"kind\":\"google\",\"clientId\":\"  \",\"clientSecret\":\"b\"}", "sign-in-provider.client-id.missing",
				"Hãy nhập mã ứng dụng");
		refused("google", "{\"kind\":\"google\",\"clientId\":\"a\"}", "sign-in-provider.client-secret.missing", "Hãy nhập khóa bí mật");
		refused("gmail", "{\"kind\":\"google\",\"clientId\":\"a\",\"clientSecret\":\"b\"}", "sign-in-provider.alias.invalid",
				"Tên \"gmail\" không dùng được");
		refused("tinh", "{\"kind\":\"oidc\",\"clientId\":\"a\",\"clientSecret\":\"b\",\"issuer\":\"sso.tinh.gov.vn/realms/x\"}",
				"sign-in-provider.issuer.malformed", "không phải là một địa chỉ web");
		refused("tinh", "{\"kind\":\"oidc\",\"clientId\":\"a\",\"clientSecret\":\"b\",\"issuer\":\"http://127.0.0.1:9/realms/x\"}",
				"sign-in-provider.issuer.unreadable", "Không đọc được cấu hình OpenID Connect tại http://127.0.0.1:9/realms/x/.well-known/openid-configuration");

		assertThat(admin.identityProviders()).isEqualTo(before);
	}

	@Test
	@DisplayName("anyone but the VGCL Office is refused (403): officers, council, authors, and a programme office outside TLD")
	void onlyTheOffice() {
		JsonNode before = admin.identityProviders();

		for (String username : List.of("canbo.hn", "hoidong.hn", "tacgia.hn")) {
			assertThat(api.get(username, "/api/office/sign-in-providers").statusCode()).as(username).isEqualTo(403);
			assertThat(api.put(username, PROVIDERS + "google", "{\"kind\":\"google\",\"clientId\":\"a\",\"clientSecret\":\"b\"}")
				.statusCode()).as(username).isEqualTo(403);
			assertThat(api.delete(username, PROVIDERS + "google").statusCode()).as(username).isEqualTo(403);
		}
		PlatformUser provincialOffice = PlatformUser.of("vanphong.hn", "Văn phòng LĐLĐ Hà Nội", Role.PROGRAMME_OFFICE, "LDLD-01");
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> providers.switchOn(provincialOffice, "google", new SignInProviders.Entered("google", "a", "b", null, null)));
		assertThat(refused.code()).isEqualTo("sign-in-provider.not-office");
		assertThat(catchThrowableOfType(ProblemException.class, () -> providers.list(provincialOffice)).code())
			.isEqualTo("sign-in-provider.not-office");

		assertThat(admin.identityProviders()).isEqualTo(before);
	}

	@Test
	@DisplayName("a member brought by a provider is asked only what the provider did not give (review profile: missing)")
	void firstBrokerLoginAsksOnlyWhatIsMissing() {
		JsonNode review = null;
		for (JsonNode execution : admin.get("/sangkien/authentication/flows/first%20broker%20login/executions")) {
			if ("idp-review-profile".equals(execution.path("providerId").asText())) {
				review = execution;
			}
		}
		assertThat(review).as("the realm's first broker login flow reviews the profile").isNotNull();
		assertThat(admin.get("/sangkien/authentication/config/" + review.path("authenticationConfig").asText())
			.path("config").path("update.profile.on.first.login").asText()).isEqualTo("missing");
	}

	private void refused(String alias, String body, String code, String message) {
		ApiClient.Response response = api.put("vanphong.tld", PROVIDERS + alias, body);
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(400);
		assertThat(response.body().path("code").asText()).isEqualTo(code);
		assertThat(response.body().path("detail").asText()).contains(message);
	}
}
