package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.congdoan.sangkien.SangKienApplication;

@ExtendWith(OutputCaptureExtension.class)
@DisplayName("An unreachable external database stops the application with one clear line")
class StartupFailureTest {

	@Test
	@DisplayName("the line names the URL that failed, and no stack trace is printed")
	void unreachableDatabase(CapturedOutput output) {
		String url = "jdbc:postgresql://127.0.0.1:9/sangkien";

		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SangKienApplication.class)
			.run("--spring.datasource.url=" + url, "--sangkien.keycloak.url=http://127.0.0.1:9",
					"--spring.security.oauth2.client.registration.keycloak.client-secret=web-secret",
					"--sangkien.camunda-identity.client-secret=identity-secret",
					"--sangkien.appointments.client-secret=appointments-secret",
					"--sangkien.sign-in-providers.client-secret=providers-secret", "--spring.main.banner-mode=off",
					"--sangkien.database.connect-timeout-seconds=2"));

		assertThat(failure).isInstanceOf(DatabaseUnreachableException.class);
		assertThat(output.getOut() + output.getErr())
			.contains("APPLICATION FAILED TO START")
			.contains("The database at " + url + " cannot be reached")
			.doesNotContain("\tat org.postgresql");
	}
}
