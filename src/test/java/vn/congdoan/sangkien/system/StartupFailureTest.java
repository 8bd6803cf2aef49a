package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.congdoan.sangkien.SangKienApplication;

@ExtendWith(OutputCaptureExtension.class)
@DisplayName("An unreachable external database or a wrong setting stops the application with one clear line")
class StartupFailureTest {

	@Test
	@DisplayName("the line names the URL that failed, and no stack trace is printed")
	void unreachableDatabase(CapturedOutput output) {
		String url = "jdbc:postgresql://127.0.0.1:9/sangkien";

		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SangKienApplication.class)
			.run(withProductionSecrets("--spring.datasource.url=" + url, "--sangkien.keycloak.url=http://127.0.0.1:9",
					"--spring.main.banner-mode=off", "--sangkien.database.connect-timeout-seconds=2")));

		assertThat(failure).isInstanceOf(DatabaseUnreachableException.class);
		assertThat(output.getOut() + output.getErr())
			.contains("APPLICATION FAILED TO START")
			.contains("The database at " + url + " cannot be reached")
			.doesNotContain("at org.postgresql.");
	}

	@Test
	@DisplayName("a wrong sangkien.clock.now: the line names the setting, its value and what it expects, no stack trace")
	void wrongClock(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(TheClockAlone.class)
			.web(WebApplicationType.NONE)
			.run(withProductionSecrets("--sangkien.clock.now=03/10/2022 08:00", "--spring.main.banner-mode=off",
					"--spring.datasource.url=jdbc:none", "--sangkien.keycloak.url=http://127.0.0.1:9")));

		assertThat(failure).hasRootCauseInstanceOf(WrongSetting.class);
		assertThat(output.getOut() + output.getErr())
			.contains("APPLICATION FAILED TO START")
			// Production's log is JSON (README, "Logs"), where the value's quotes come escaped.
			.contains("The setting sangkien.clock.now is wrong: ")
			.contains("03/10/2022 08:00")
			.contains("is not a moment with its offset")
			.doesNotContain("at java.time.format.DateTimeFormatter");
	}

	/** A start outside dev: the demo realm's client secrets would be refused before anything else is tried. */
	private static String[] withProductionSecrets(String... arguments) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(
				"--spring.security.oauth2.client.registration.keycloak.client-secret=web-secret",
				"--sangkien.camunda-identity.client-secret=identity-secret",
				"--sangkien.appointments.client-secret=appointments-secret",
				"--sangkien.sign-in-providers.client-secret=providers-secret"), java.util.Arrays.stream(arguments))
			.toArray(String[]::new);
	}

	/** The platform's configuration and its settings, without the database and Keycloak it would go on to. */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SystemSettings.class)
	@Import(PlatformConfiguration.class)
	static class TheClockAlone {
	}

	@Test
	@DisplayName("a right or empty sangkien.clock.now makes the programme's clock")
	void rightClock() {
		assertThat(new PlatformConfiguration().clock(settings("2022-10-03T08:00:00+07:00")).instant())
			.isBetween(java.time.Instant.parse("2022-10-03T01:00:00Z"), java.time.Instant.parse("2022-10-03T01:05:00Z"));
		assertThat(new PlatformConfiguration().clock(settings("")).instant()).isAfter(java.time.Instant.parse("2026-01-01T00:00:00Z"));
	}

	private static SystemSettings settings(String now) {
		return new SystemSettings(new SystemSettings.Clock(now), null, null, null);
	}
}
