package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("The REST API describes itself: OpenAPI at /api-docs, Swagger UI at /swagger-ui.html, open to everyone")
class ApiDocumentationTest {

	/** The document CI lints with Redocly (.ci/lint-openapi). */
	static final Path COMMITTED = Path.of("docs/api/openapi.json");

	static final Path SERVED = Path.of("target/openapi.json");

	/** The test run's Keycloak listens on a free port; the committed document shows the dev one (devservices). */
	static final String DEV_KEYCLOAK = "http://localhost:8180";

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(SerializationFeature.INDENT_OUTPUT);

	@Autowired
	TestRestTemplate rest;

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	@Test
	@DisplayName("/api-docs is the OpenAPI description of /api/** with Keycloak's login as its security scheme")
	void openApi() throws Exception {
		ResponseEntity<String> response = rest.getForEntity("/api-docs", String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		JsonNode api = new ObjectMapper().readTree(response.getBody());
		assertThat(api.path("openapi").asText()).startsWith("3.");
		assertThat(api.path("paths").fieldNames()).toIterable()
			.contains("/api/initiatives", "/api/tasks", "/api/tasks/{taskId}/unclaim")
			.allSatisfy(path -> assertThat(path).startsWith("/api/"));
		assertThat(api.path("components").path("securitySchemes").isEmpty()).isFalse();
	}

	@Test
	@DisplayName("the Swagger UI page answers, reads /api-docs and signs in with the API docs' Keycloak client")
	void swaggerUi() {
		ResponseEntity<String> page = rest.getForEntity("/swagger-ui/index.html", String.class);
		ResponseEntity<String> entry = rest.getForEntity("/swagger-ui.html", String.class);
		ResponseEntity<String> config = rest.getForEntity("/api-docs/swagger-config", String.class);
		ResponseEntity<String> initializer = rest.getForEntity("/swagger-ui/swagger-initializer.js", String.class);

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("swagger-ui");
		assertThat(entry.getStatusCode().value()).as("served or sent on to the page").isIn(200, 302);
		assertThat(config.getStatusCode().value()).isEqualTo(200);
		assertThat(config.getBody()).contains("\"url\":\"/api-docs\"");
		assertThat(initializer.getBody()).contains("sangkien-api-docs");
	}

	@Test
	@DisplayName("docs/api/openapi.json, which CI lints with Redocly's recommended rules, is the document /api-docs serves")
	void committedDocument() throws IOException {
		String served = normalised(rest.getForObject("/api-docs", String.class).replace(keycloak, DEV_KEYCLOAK));
		String committed = Files.exists(COMMITTED) ? normalised(Files.readString(COMMITTED)) : "";
		if (!served.equals(committed)) {
			Files.writeString(SERVED, served);
		}

		assertThat(served.equals(committed))
			.as("/api-docs is not %s; the served document is in %s: if the change is meant, copy it over the committed "
					+ "one (cp %s %s) and run npm run lint:openapi", COMMITTED, SERVED, SERVED, COMMITTED)
			.isTrue();
	}

	@Test
	@DisplayName("every operation documents its refusals: a 4xx problem detail per code, whose example is the code's "
			+ "Vietnamese message, and every code has its English message too")
	void refusals() throws IOException {
		Properties vietnamese = messages("messages.properties");
		Properties english = messages("messages_en.properties");
		JsonNode api = new ObjectMapper().readTree(rest.getForObject("/api-docs", String.class));
		List<String> operations = new ArrayList<>();
		List<String> codes = new ArrayList<>();

		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey().toUpperCase() + " " + path.getKey();
			operations.add(name);
			List<String> refused = operation.getValue().path("responses").properties().stream()
				.map(response -> response.getKey())
				.filter(status -> status.startsWith("4"))
				.toList();
			assertThat(refused).as("the 4xx answers of %s", name).isNotEmpty();
			operation.getValue().path("responses").properties().stream()
				.filter(response -> response.getKey().startsWith("4") || response.getKey().startsWith("5"))
				.forEach(response -> {
					JsonNode problem = response.getValue().path("content").path("application/problem+json");
					assertThat(problem.path("schema").path("$ref").asText()).as("%s %s", name, response.getKey())
						.isEqualTo("#/components/schemas/ProblemDetail");
					assertThat(problem.path("examples").isEmpty()).as("%s %s", name, response.getKey()).isFalse();
					problem.path("examples").properties().forEach(example -> {
						JsonNode value = referred(api, example.getValue()).path("value");
						String code = value.path("code").asText();
						codes.add(code);
						assertThat(code).as("%s %s", name, response.getKey()).isEqualTo(example.getKey());
						assertThat(value.path("status").asText()).isEqualTo(response.getKey());
						assertThat(english.getProperty(code)).as("the English message of %s", code).isNotBlank();
						assertThat(value.path("detail").asText()).as("the example of %s in %s", code, name)
							.isNotBlank()
							.isEqualTo(vietnamese.getProperty(code));
					});
				});
		}));

		assertThat(operations).as("operations found, so that the check itself is known to work")
			.contains("GET /api/initiatives/{id}", "POST /api/tasks/{taskId}/complete", "GET /api/public/initiatives");
		assertThat(codes).contains("auth.unauthenticated", "auth.forbidden", "request.invalid", "request.too-large");
		assertThat(api.path("components").path("schemas").path("ProblemDetail").path("properties").fieldNames())
			.toIterable()
			.contains("type", "title", "status", "detail", "code", "errors");
	}

	@Test
	@DisplayName("every code the document lists is one the code still answers with (written outside the @Refusal that documents it)")
	void documentedCodesAreAnswered() throws IOException {
		JsonNode api = new ObjectMapper().readTree(rest.getForObject("/api-docs", String.class));
		StringBuilder source = new StringBuilder();
		try (var files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Files.readAllLines(file).stream().filter(line -> !line.contains("@Refusal(")).forEach(source::append);
			}
		}

		List<String> codes = new ArrayList<>();
		api.path("components").path("examples").forEach(example -> codes.add(example.path("value").path("code").asText()));

		assertThat(codes).as("examples found, so that the check itself is known to work").contains("initiative.not-found");
		assertThat(codes).allSatisfy(code -> assertThat(source).as("where %s is answered", code).contains('"' + code + '"'));
	}

	@Test
	@DisplayName("an operation's refusals: the common ones follow its signature and its door, its own are those written on it")
	void refusalsOfAnOperation() throws IOException {
		JsonNode paths = new ObjectMapper().readTree(rest.getForObject("/api-docs", String.class)).path("paths");

		JsonNode one = paths.path("/api/initiatives/{id}").path("get").path("responses");
		assertThat(codes(one, "401")).containsExactly("auth.unauthenticated", "auth.account-disabled");
		assertThat(codes(one, "403")).containsExactly("auth.forbidden", "initiative.not-visible");
		assertThat(codes(one, "404")).containsExactly("initiative.not-found");
		assertThat(codes(one, "400")).as("the id is a number").containsExactly("request.wrong-type");
		assertThat(one.has("409")).as("a GET changes nothing").isFalse();
		assertThat(one.has("413")).as("no body").isFalse();

		JsonNode edit = paths.path("/api/initiatives/{id}").path("put").path("responses");
		assertThat(codes(edit, "400")).contains("request.malformed", "request.invalid", "initiative.unit.fixed");
		assertThat(codes(edit, "409")).containsExactly("request.concurrent-change", "initiative.not-editable");
		assertThat(codes(edit, "413")).containsExactly("request.too-large");

		JsonNode progress = paths.path("/api/public/progress").path("get").path("responses");
		assertThat(codes(progress, "401")).as("only a token that is not valid").containsExactly("auth.unauthenticated");
		assertThat(progress.has("403")).as("open to everyone").isFalse();
	}

	/** An example as written, or the one of the components it refers to. */
	private static JsonNode referred(JsonNode api, JsonNode example) {
		String reference = example.path("$ref").asText();
		return reference.isEmpty() ? example
				: api.path("components").path("examples").path(reference.substring("#/components/examples/".length()));
	}

	private static List<String> codes(JsonNode responses, String status) {
		List<String> codes = new ArrayList<>();
		responses.path(status).path("content").path("application/problem+json").path("examples").fieldNames()
			.forEachRemaining(codes::add);
		return codes;
	}

	@Test
	@DisplayName("a public operation sent a token that is not valid answers 401 auth.unauthenticated, as its document says")
	void publicOperationWithABadToken() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth("not-a-token");

		ResponseEntity<String> answer = rest.exchange("/api/public/progress", HttpMethod.GET, new HttpEntity<>(headers),
				String.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(401);
		assertThat(answer.getBody()).contains("\"code\":\"auth.unauthenticated\"");
	}

	private static String normalised(String document) throws IOException {
		return JSON.writeValueAsString(JSON.readValue(document, Object.class)) + "\n";
	}

	private static Properties messages(String file) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}
}
