package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("The REST API describes itself: OpenAPI at /api-docs, Swagger UI at /swagger-ui.html, open to everyone")
class ApiDocumentationTest {

	@Autowired
	TestRestTemplate rest;

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
}
