package vn.congdoan.sangkien;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What a {@link PlatformTest} drives the platform with. One instance of each serves every test class: they keep no
 * state of their own (the tokens are cached per user for the whole run in {@link KeycloakTokens}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestSupport {

	@Bean
	KeycloakTokens keycloakTokens(Environment environment) {
		return new KeycloakTokens(environment.getRequiredProperty("sangkien.keycloak.url"));
	}

	@Bean
	ApiClient apiClient(TestRestTemplate rest, KeycloakTokens tokens) {
		return new ApiClient(rest, tokens);
	}

	@Bean
	Steps steps(ApiClient api, TaskService taskService) {
		return new Steps(api, taskService);
	}
}
