package vn.congdoan.sangkien.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import vn.congdoan.sangkien.KeycloakTokens;

/**
 * The platform's REST API as the demo users call it, with real Keycloak access tokens; each call timed
 * under a name. An answer other than 2xx is an error: counted, and thrown so that the step using it stops.
 */
final class PlatformCalls {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final KeycloakTokens tokens;

	private final Latencies latencies;

	PlatformCalls(String baseUrl, KeycloakTokens tokens, Latencies latencies) {
		this.baseUrl = baseUrl;
		this.tokens = tokens;
		this.latencies = latencies;
	}

	JsonNode get(String call, String username, String path) {
		return send(call, username, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	JsonNode post(String call, String username, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return send(call, username, request);
	}

	Latencies latencies() {
		return latencies;
	}

	private JsonNode send(String call, String username, HttpRequest.Builder request) {
		if (username != null) {
			// Obtained outside the timing: a client keeps its token for minutes.
			request.header("Authorization", "Bearer " + tokens.accessToken(username));
		}
		request.timeout(Duration.ofSeconds(30));
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			latencies.error(call);
			throw new CallFailed(call + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CallFailed(call + ": interrupted");
		}
		long nanos = System.nanoTime() - start;
		if (response.statusCode() / 100 != 2) {
			latencies.error(call);
			throw new CallFailed(call + " as " + username + ": HTTP " + response.statusCode() + " " + response.body());
		}
		latencies.record(call, nanos);
		try {
			return response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
		}
		catch (IOException e) {
			// A page's HTML: its time counts, its content is not read.
			return MissingNode.getInstance();
		}
	}

	/** A call the platform did not answer with success. */
	static final class CallFailed extends RuntimeException {

		CallFailed(String message) {
			super(message, null, false, false);
		}
	}
}
