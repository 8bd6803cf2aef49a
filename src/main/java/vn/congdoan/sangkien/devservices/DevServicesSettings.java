package vn.congdoan.sangkien.devservices;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The services the application starts for itself in dev and tests, with their defaults in
 * {@code application.yaml} under {@code sangkien.devservices}. Bound before the application context
 * exists, straight from the environment: not a bean.
 *
 * @param enabled whether anything is started at all (only where no database or Keycloak URL is set)
 * @param fresh whether the data directories are emptied first (tests)
 */
record DevServicesSettings(boolean enabled, boolean fresh, Keycloak keycloak, Postgres postgres, Mail mail) {

	static DevServicesSettings of(Environment environment) {
		return Binder.get(environment).bindOrCreate("sangkien.devservices", DevServicesSettings.class);
	}

	/**
	 * @param distribution where Maven unpacked the Keycloak distribution
	 * @param port 0 for a free one
	 * @param adminPassword the dev admin console's password
	 */
	record Keycloak(Path distribution, Path dataDir, int port, String adminPassword, Duration startTimeout) {
	}

	/** @param port 0 for a free one */
	record Postgres(Path dataDir, int port) {
	}

	/** @param port of the dev SMTP server, 0 for a free one */
	record Mail(int port) {
	}
}
