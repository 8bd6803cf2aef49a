package vn.congdoan.sangkien;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the REST API over HTTP as a demo user, with a real Keycloak access token. */
public class ApiClient {

	private final TestRestTemplate rest;

	private final KeycloakTokens tokens;

	private final ObjectMapper json = new ObjectMapper();

	public ApiClient(TestRestTemplate rest, Environment environment) {
		this.rest = rest;
		this.tokens = new KeycloakTokens(environment.getRequiredProperty("sangkien.keycloak.url"));
	}

	public Response get(String username, String path) {
		return send(username, HttpMethod.GET, path, null, null);
	}

	public Response post(String username, String path, String body) {
		return send(username, HttpMethod.POST, path, body, null);
	}

	public Response post(String username, String path, String body, String language) {
		return send(username, HttpMethod.POST, path, body, language);
	}

	private Response send(String username, HttpMethod method, String path, String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		if (username != null) {
			headers.setBearerAuth(tokens.accessToken(username));
		}
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		if (language != null) {
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
		return new Response(response.getStatusCode(), parse(response.getBody()));
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return json.readTree(body);
		}
		catch (IOException e) {
			throw new IllegalStateException("Not JSON: " + body, e);
		}
	}

	public record Response(HttpStatusCode status, JsonNode body) {

		public int statusCode() {
			return status.value();
		}
	}
}
