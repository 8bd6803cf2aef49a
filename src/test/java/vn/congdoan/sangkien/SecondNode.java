package vn.congdoan.sangkien;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.core.env.Environment;

/**
 * Another node of the platform beside the test run's: the application's main class in a JVM of its own
 * (two engines in one JVM would share Camunda's static registry of engines), with the test classpath, on
 * the run's PostgreSQL and Keycloak, so that it starts nothing of its own. Its log is in
 * {@code target/test-services/<name>.log}.
 */
public final class SecondNode implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final Path log;

	/** What the home page last answered, to say why the node is not ready. */
	private volatile String lastAnswer = "nothing yet";

	private SecondNode(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the node on the database and Keycloak of the run's platform ({@code environment}), its programme
	 * clock set to the platform's ({@code clock}: within seconds, as two servers' clocks are); the engine's host
	 * name in Camunda's tables is {@code name}.
	 */
	public static SecondNode start(String name, Environment environment, Clock clock) {
		return start(name, environment, clock, Map.of());
	}

	/**
	 * As {@link #start(String, Environment, Clock, Map)}, on a PostgreSQL of the test's own instead of the run's (one
	 * the test stops, backs up or restored).
	 */
	public static SecondNode startOn(EmbeddedPostgres postgres, String name, Environment environment, Clock clock,
			Map<String, String> replaced) {
		Map<String, String> settings = new LinkedHashMap<>(Map.of(
				"spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", ""));
		settings.putAll(replaced);
		return start(name, environment, clock, settings);
	}

	/** As {@link #start(String, Environment, Clock)}, with some of its settings replaced (by property name). */
	public static SecondNode start(String name, Environment environment, Clock clock, Map<String, String> replaced) {
		int port = freePort();
		Path log = Path.of("target", "test-services", name + ".log");
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.profiles.active", "test");
		settings.put("server.port", String.valueOf(port));
		settings.put("spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"));
		settings.put("spring.datasource.username", environment.getProperty("spring.datasource.username", ""));
		settings.put("spring.datasource.password", environment.getProperty("spring.datasource.password", ""));
		settings.put("spring.datasource.hikari.maximum-pool-size", "5");
		settings.put("sangkien.keycloak.url", environment.getRequiredProperty("sangkien.keycloak.url"));
		settings.put("sangkien.devservices.enabled", "false");
		settings.put("sangkien.clock.now", OffsetDateTime.now(clock).toString());
		// Its job executor looks for due jobs every second or two, as busy nodes do.
		settings.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
		settings.put("camunda.bpm.job-execution.max-wait", "2000");
		settings.put("camunda.bpm.generic-properties.properties.hostname", name);
		settings.putAll(replaced);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// A small node that starts fast: the client compiler only, one GC thread.
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path"), SangKienApplication.class.getName()));
		settings.forEach((property, value) -> command.add("--" + property + "=" + value));
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			// A test run that ends without closing it (Ctrl-C) does not leave it running on a database that is gone.
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-stop"));
			return new SecondNode(name, process, port, log);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the node " + name, e);
		}
	}

	/** Waits until the node serves its home page; fails at once, with its log, if it stopped. */
	public SecondNode awaitReady(Duration timeout) {
		try {
			await("node " + name + " started").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("The node " + name + " stopped (exit " + process.exitValue() + "):\n"
							+ logTail());
				}
				return servesPages();
			});
		}
		catch (ConditionTimeoutException e) {
			throw new AssertionError("The node " + name + " was not ready in " + timeout + ", its home page answered "
					+ lastAnswer + ":\n" + logTail(), e);
		}
		return this;
	}

	public int port() {
		return port;
	}

	public String baseUrl() {
		return "http://localhost:" + port;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** The end of the node's log, to say why it failed. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	public String logText() {
		try {
			return Files.readString(log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Stops the node as a process manager would (SIGTERM, a graceful shutdown), forcibly if it hangs. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	/**
	 * Kills the node as a crash or an out-of-memory killer would (SIGKILL, {@code kill -9}): no shutdown hook, no
	 * request finished, no transaction committed that was not already; returns once the process is gone.
	 */
	public void kill() throws InterruptedException {
		if (!process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The node " + name + " did not die of SIGKILL in 30 s");
		}
	}

	private boolean servesPages() {
		try {
			HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
				.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
			lastAnswer = "HTTP " + home.statusCode();
			return home.statusCode() == 200;
		}
		catch (IOException e) {
			lastAnswer = e.toString();
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
