package vn.congdoan.sangkien.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Keycloak started by the application tells clearly why it could not start")
class KeycloakServiceTest {

	@Test
	@DisplayName("a port already in use: the message names the port and the log file")
	void portTaken(@TempDir Path distribution, @TempDir Path data) throws IOException {
		launcher(distribution, "sleep 30");
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();

			assertThatThrownBy(() -> KeycloakService.launch(distribution, data, port, "admin"))
				.isInstanceOf(DevServiceException.class)
				.hasMessageContaining("port " + port)
				.hasMessageContaining(data.resolve("keycloak.log").toAbsolutePath().toString());
		}
	}

	@Test
	@DisplayName("no distribution: the message names where it looked and the way out")
	void distributionMissing(@TempDir Path data) {
		assertThatThrownBy(() -> KeycloakService.launch(data.resolve("nowhere"), data, 0, "admin"))
			.isInstanceOf(DevServiceException.class)
			.hasMessageContaining("Keycloak distribution not found")
			.hasMessageContaining("SANGKIEN_KEYCLOAK_URL");
	}

	@Test
	@DisplayName("not ready within the timeout: the message names the port and the log file, and the process is stopped")
	void notReadyInTime(@TempDir Path distribution, @TempDir Path data) throws IOException {
		launcher(distribution, "sleep 30");
		KeycloakService keycloak = KeycloakService.launch(distribution, data, 0, "admin");

		assertThatThrownBy(() -> keycloak.awaitReady(Duration.ofSeconds(1)))
			.isInstanceOf(DevServiceException.class)
			.hasMessageContaining("not ready at " + keycloak.url())
			.hasMessageContaining(data.resolve("keycloak.log").toAbsolutePath().toString());
		assertThat(keycloak.isRunning()).isFalse();
	}

	@Test
	@DisplayName("stopped while starting: the message gives the exit code and the log file")
	void diedWhileStarting(@TempDir Path distribution, @TempDir Path data) throws IOException {
		launcher(distribution, "echo 'port clash' ; exit 3");
		KeycloakService keycloak = KeycloakService.launch(distribution, data, 0, "admin");

		assertThatThrownBy(() -> keycloak.awaitReady(Duration.ofSeconds(20)))
			.isInstanceOf(DevServiceException.class)
			.hasMessageContaining("exit code 3")
			.hasMessageContaining(data.resolve("keycloak.log").toAbsolutePath().toString());
		assertThat(Files.readString(data.resolve("keycloak.log"))).contains("port clash");
	}

	/** A stand-in for the distribution's {@code bin/kc.sh} that behaves as the test needs. */
	private static void launcher(Path distribution, String script) throws IOException {
		Files.createDirectories(distribution.resolve("bin"));
		Files.writeString(distribution.resolve("bin/kc.sh"), "#!/usr/bin/env bash\n" + script + "\n");
	}
}
