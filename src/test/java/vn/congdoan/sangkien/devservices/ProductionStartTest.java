package vn.congdoan.sangkien.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.congdoan.sangkien.SangKienApplication;

/** Started as in production (no dev or test profile): nothing is started for it, nothing of the demo accepted. */
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Outside dev and tests the platform starts only on servers it is given, with secrets of its own")
class ProductionStartTest {

	static final String UNREACHABLE_DATABASE = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/sangkien";

	static final String KEYCLOAK = "--sangkien.keycloak.url=http://127.0.0.1:9";

	static final String WEB_SECRET = "--spring.security.oauth2.client.registration.keycloak.client-secret=web-secret";

	static final String IDENTITY_SECRET = "--sangkien.camunda-identity.client-secret=identity-secret";

	static final String APPOINTMENTS_SECRET = "--sangkien.appointments.client-secret=appointments-secret";

	static final String SIGN_IN_PROVIDERS_SECRET = "--sangkien.sign-in-providers.client-secret=providers-secret";

	@Test
	@DisplayName("no database URL: one line says to set SPRING_DATASOURCE_URL; no PostgreSQL is started")
	void noDatabase(CapturedOutput output) {
		assertRefused(output, "set SPRING_DATASOURCE_URL", KEYCLOAK, WEB_SECRET, IDENTITY_SECRET, APPOINTMENTS_SECRET,
				SIGN_IN_PROVIDERS_SECRET);
		assertThat(output.getOut()).doesNotContain("Started embedded PostgreSQL");
	}

	@Test
	@DisplayName("no Keycloak URL: one line says to set SANGKIEN_KEYCLOAK_URL; no Keycloak is started")
	void noKeycloak(CapturedOutput output) {
		assertRefused(output, "set SANGKIEN_KEYCLOAK_URL", UNREACHABLE_DATABASE, WEB_SECRET, IDENTITY_SECRET,
				APPOINTMENTS_SECRET, SIGN_IN_PROVIDERS_SECRET);
		assertThat(output.getOut()).doesNotContain("Starting Keycloak");
	}

	@Test
	@DisplayName("a demo realm's secret of the pages' client, of Camunda's, of the appointments' or of the sign-in providers' is refused by the variable to set")
	void demoSecrets(CapturedOutput output) {
		assertRefused(output, "set SANGKIEN_WEB_CLIENT_SECRET", UNREACHABLE_DATABASE, KEYCLOAK, IDENTITY_SECRET,
				APPOINTMENTS_SECRET, SIGN_IN_PROVIDERS_SECRET);
		assertRefused(output, "set CAMUNDA_IDENTITY_CLIENT_SECRET", UNREACHABLE_DATABASE, KEYCLOAK, WEB_SECRET,
				APPOINTMENTS_SECRET, SIGN_IN_PROVIDERS_SECRET,
				"--sangkien.camunda-identity.client-secret=camunda-identity-demo-secret");
		assertRefused(output, "set APPOINTMENTS_CLIENT_SECRET", UNREACHABLE_DATABASE, KEYCLOAK, WEB_SECRET,
				IDENTITY_SECRET, SIGN_IN_PROVIDERS_SECRET);
		assertRefused(output, "set SIGN_IN_PROVIDERS_CLIENT_SECRET", UNREACHABLE_DATABASE, KEYCLOAK, WEB_SECRET,
				IDENTITY_SECRET, APPOINTMENTS_SECRET);
	}

	private static void assertRefused(CapturedOutput output, String line, String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--spring.main.banner-mode=off");
		Throwable failure = catchThrowable(
				() -> new SpringApplicationBuilder(SangKienApplication.class).run(all.toArray(String[]::new)));

		assertThat(failure).isInstanceOf(DevServiceException.class);
		assertThat(failure.getMessage()).contains(line).doesNotContain("\n");
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").contains(line);
	}
}
