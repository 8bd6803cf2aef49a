package vn.congdoan.sangkien;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
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

	public ApiClient(TestRestTemplate rest, KeycloakTokens tokens) {
		this.rest = rest;
		this.tokens = tokens;
	}

	public Response get(String username, String path) {
		return send(username, HttpMethod.GET, path, null, null);
	}

	public Response post(String username, String path, String body) {
		return send(username, HttpMethod.POST, path, body, null);
	}

	public Response post(String username, String path, String body, String language) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		return send(username, HttpMethod.POST, path, body, headers);
	}

	public Response postWithKey(String username, String path, String body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Idempotency-Key", idempotencyKey);
		return send(username, HttpMethod.POST, path, body, headers);
	}

	public Response put(String username, String path, String body) {
		return send(username, HttpMethod.PUT, path, body, null);
	}

	public Response delete(String username, String path) {
		return send(username, HttpMethod.DELETE, path, null, null);
	}

	/** A multipart upload of one file, as a browser sends it. */
	public Response upload(String username, String path, String fileName, String contentType, byte[] content) {
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.parseMediaType(contentType));
		part.setContentDisposition(org.springframework.http.ContentDisposition.formData().name("file").filename(fileName).build());
		org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("file", new HttpEntity<>(content, part));
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(tokens.accessToken(username));
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		return new Response(response.getStatusCode(), response.getHeaders(), parse(response.getBody()));
	}

	public ResponseEntity<byte[]> download(String username, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(tokens.accessToken(username));
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	private Response send(String username, HttpMethod method, String path, String body, HttpHeaders extra) {
		HttpHeaders headers = new HttpHeaders();
		if (extra != null) {
			headers.addAll(extra);
		}
		if (username != null) {
			headers.setBearerAuth(tokens.accessToken(username));
		}
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
		return new Response(response.getStatusCode(), response.getHeaders(), parse(response.getBody()));
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

	public record Response(HttpStatusCode status, HttpHeaders headers, JsonNode body) {

		public int statusCode() {
			return status.value();
		}
	}
}
