package vn.congdoan.sangkien.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.ClassPathResource;

/**
 * A real Keycloak, run as a child process from the distribution that Maven unpacked, bound to
 * 127.0.0.1 only. Its database (H2 file) lives in the data directory so that users and sessions
 * survive a restart; the demo realm ({@code keycloak/sangkien-realm.json}) is imported on the first start.
 */
final class KeycloakService {

	static final String REALM = "sangkien";

	private final Process process;

	private final String url;

	private final Path logFile;

	private KeycloakService(Process process, String url, Path logFile) {
		this.process = process;
		this.url = url;
		this.logFile = logFile;
	}

	/** Starts the process and returns at once; {@link #awaitReady(Duration)} waits for the realm. */
	static KeycloakService launch(Path distribution, Path dataDirectory, int requestedPort, String adminPassword) {
		Path logFile = dataDirectory.resolve("keycloak.log").toAbsolutePath();
		Path launcher = distribution.resolve("bin/kc.sh");
		if (!Files.isRegularFile(launcher)) {
			throw new DevServiceException("Keycloak distribution not found at " + distribution.toAbsolutePath()
					+ ". Start the application through Maven (mvn spring-boot:run), which unpacks it, "
					+ "or point SANGKIEN_KEYCLOAK_URL to a running Keycloak.");
		}
		int port = LocalPorts.claim(requestedPort, "Keycloak",
				" with sangkien.devservices.keycloak.port (log: " + logFile + ")");
		String url = "http://localhost:" + port;
		try {
			Files.createDirectories(dataDirectory);
			copyRealmFiles(distribution.resolve("data/import"));
			ProcessBuilder builder = new ProcessBuilder(List.of("bash", launcher.toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url, "--import-realm"))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			Map<String, String> env = builder.environment();
			env.put("JAVA_HOME", System.getProperty("java.home"));
			env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
			// Keeps Keycloak's H2 database beside the application's data, not inside the unpacked distribution.
			env.put("JAVA_OPTS_APPEND", "-Dkc.db-url-path=" + dataDirectory.toAbsolutePath());
			env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
			return new KeycloakService(builder.start(), url, logFile);
		}
		catch (IOException e) {
			throw new DevServiceException("Keycloak could not be started from " + launcher + ": " + e.getMessage()
					+ " (log: " + logFile + ")", e);
		}
	}

	/** Only the demo realm: a realm file left in the directory by an earlier build would be imported too. */
	private static void copyRealmFiles(Path importDirectory) throws IOException {
		Files.createDirectories(importDirectory);
		try (var stale = Files.newDirectoryStream(importDirectory, "*.json")) {
			for (Path file : stale) {
				Files.delete(file);
			}
		}
		try (InputStream in = new ClassPathResource("keycloak/" + REALM + "-realm.json").getInputStream()) {
			Files.copy(in, importDirectory.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	void awaitReady(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI discovery = URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration");
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new DevServiceException("Keycloak stopped while starting (exit code " + process.exitValue()
						+ "). Read its log: " + logFile);
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(500));
		}
		stop();
		throw new DevServiceException("Keycloak was not ready at " + url + " within " + timeout.toSeconds()
				+ " s (sangkien.devservices.keycloak.start-timeout). Read its log: " + logFile);
	}

	String url() {
		return url;
	}

	ProcessHandle process() {
		return process.toHandle();
	}

	boolean isRunning() {
		return process.isAlive();
	}

	void stop() {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
