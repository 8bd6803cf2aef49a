package vn.congdoan.sangkien.devservices;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside dev and tests the platform does not start with a client secret of the demo realm: those secrets
 * are in this repository for anyone to read, so a deployment that forgot to set its own would let anyone
 * act as the platform towards Keycloak. Said in one line, before anything starts.
 */
class DemoSecrets implements EnvironmentPostProcessor, Ordered {

	/** The secrets application.yaml falls back to, by the variable that replaces each. */
	private static final Map<String, String> DEMO = Map.of(
			"spring.security.oauth2.client.registration.keycloak.client-secret", "SANGKIEN_WEB_CLIENT_SECRET",
			"sangkien.camunda-identity.client-secret", "CAMUNDA_IDENTITY_CLIENT_SECRET",
			"sangkien.appointments.client-secret", "APPOINTMENTS_CLIENT_SECRET",
			"sangkien.sign-in-providers.client-secret", "SIGN_IN_PROVIDERS_CLIENT_SECRET");

	@Override
	public int getOrder() {
		// Before the database is tried: a deployment that is wrong in both hears of its secrets first.
		return Ordered.LOWEST_PRECEDENCE - 5;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.matchesProfiles("dev | test")) {
			return;
		}
		DEMO.forEach((property, variable) -> {
			String secret = environment.getProperty(property, "");
			if (secret.isEmpty() || secret.endsWith("-demo-secret")) {
				throw new DevServiceException("The demo realm's secret is not for production: set " + variable + " ("
						+ property + ") to the client's secret in your Keycloak.");
			}
		});
	}
}
