package vn.congdoan.sangkien.identity;

import java.util.Map;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's side of the identity model: users read from Keycloak, webapps logged in through Spring Security. */
@Configuration
class CamundaIdentityConfiguration {

	/** Read-only users and groups from Keycloak, so Cockpit and Admin show real names (docs/architecture.md, Identity). */
	@Bean
	@ConfigurationProperties("sangkien.camunda-identity")
	KeycloakIdentityProviderPlugin keycloakIdentityProvider() {
		return new KeycloakIdentityProviderPlugin();
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappLogin() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
				new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", CamundaWebappAuthentication.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		// After Spring Security, which has established who the user is.
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}
}
