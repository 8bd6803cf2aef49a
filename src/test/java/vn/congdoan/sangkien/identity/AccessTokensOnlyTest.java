package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;

/** The API takes the realm's access tokens issued to the platform's clients, and no other token of the realm. */
@PlatformTest
@DisplayName("The API takes access tokens only")
class AccessTokensOnlyTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	ApiClient api;

	@Test
	@DisplayName("a real ID token of a platform client, same issuer and azp, gets 401; the access token of the same sign-in 200")
	void idTokenIsRefused() throws Exception {
		String idToken = tokens.idToken("tacgia.hn");
		assertThat(claims(idToken).path("typ").asText()).isEqualTo("ID");
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(idToken);

		ResponseEntity<String> response = rest.exchange("/api/initiatives/mine", HttpMethod.GET, new HttpEntity<>(headers), String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getBody()).contains("auth.unauthenticated");
		assertThat(api.get("tacgia.hn", "/api/initiatives/mine").statusCode()).as("the access token").isEqualTo(200);
	}

	@Test
	@DisplayName("the realm's access tokens say Bearer in typ and name the platform client in azp; their aud names Keycloak's account console only")
	void accessTokensAsTheRealmIssuesThem() throws Exception {
		JsonNode claims = claims(tokens.accessToken("tacgia.hn"));

		assertThat(claims.path("typ").asText()).isEqualTo("Bearer");
		assertThat(claims.path("azp").asText()).isEqualTo("sangkien-test");
		// An audience check would need an audience mapper on every client of the platform; azp and typ are the check (docs/architecture.md).
		assertThat(claims.path("aud").asText()).isEqualTo("account");
	}

	/** The token's claims as Keycloak wrote them (its signature is the API's to check, not this test's). */
	private static JsonNode claims(String token) throws Exception {
		return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}
}
