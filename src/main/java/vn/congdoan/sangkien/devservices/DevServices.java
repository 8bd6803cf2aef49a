package vn.congdoan.sangkien.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts what the platform needs when nothing external is configured: an embedded PostgreSQL when
 * {@code spring.datasource.url} is empty, a Keycloak child process when {@code sangkien.keycloak.url}
 * is empty, a mail server that keeps what it receives when {@code spring.mail.host} is empty, in the dev and
 * test profiles only ({@code sangkien.devservices.enabled}). Both run once per
 * JVM (one {@code mvn spring-boot:run}, or one whole test run, however many Spring contexts it builds)
 * and stop with it, Ctrl-C included. In production both URLs must be set and nothing is started.
 */
public class DevServices implements EnvironmentPostProcessor, Ordered {

	private static final Object LOCK = new Object();

	private static Map<String, Object> started;

	/** Spring contexts still running on the services: they are stopped only once all have closed. */
	private static final AtomicInteger OPEN_CONTEXTS = new AtomicInteger();

	private static final Duration CONTEXT_CLOSE_WAIT = Duration.ofSeconds(60);

	private final Log log;

	public DevServices(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(DevServices.class);
	}

	@Override
	public int getOrder() {
		// After the application's own configuration files are read, before the database check.
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		DevServicesSettings settings = DevServicesSettings.of(environment);
		if (!settings.enabled()) {
			if (!environment.matchesProfiles("dev | test")) {
				requireExternal(environment, "spring.datasource.url", "SPRING_DATASOURCE_URL", "database");
				requireExternal(environment, "sangkien.keycloak.url", "SANGKIEN_KEYCLOAK_URL", "Keycloak");
			}
			return;
		}
		synchronized (LOCK) {
			if (started == null) {
				started = start(environment, settings);
			}
		}
		application.addInitializers(DevServices::track);
		if (!started.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("sangkien-devservices", started));
		}
	}

	/**
	 * Outside dev and tests nothing is started for the platform: a server it needs and was not given is
	 * said in one line, not found out later from a connection pool's or an OpenID client's stack trace.
	 */
	private static void requireExternal(ConfigurableEnvironment environment, String property, String variable,
			String server) {
		if (!StringUtils.hasText(environment.getProperty(property))) {
			throw new DevServiceException("No " + server + " is configured: set " + variable + " (" + property
					+ "). The embedded PostgreSQL and Keycloak start only with the dev profile (mvn spring-boot:run).");
		}
	}

	private Map<String, Object> start(ConfigurableEnvironment env, DevServicesSettings settings) {
		Map<String, Object> properties = new LinkedHashMap<>();
		boolean fresh = settings.fresh();
		KeycloakService keycloak = null;
		if (!StringUtils.hasText(env.getProperty("sangkien.keycloak.url"))) {
			Path dataDirectory = settings.keycloak().dataDir();
			stopLeftBehind(dataDirectory, "Keycloak", LeftBehind.Stop.WITH_ITS_CHILDREN);
			if (fresh) {
				deleteRecursively(dataDirectory);
			}
			if (settings.keycloak().distribution() == null) {
				throw new IllegalStateException("sangkien.devservices.keycloak.distribution is not set: start the"
						+ " application with mvn spring-boot:run, which unpacks Keycloak and sets it");
			}
			keycloak = KeycloakService.launch(settings.keycloak().distribution(), dataDirectory,
					settings.keycloak().port(), settings.keycloak().adminPassword());
			LeftBehind.record(dataDirectory, keycloak.process());
			stopAtExit(keycloak::stop, "keycloak-stop");
			log.info("Starting Keycloak at " + keycloak.url() + " (data in " + dataDirectory.toAbsolutePath() + ")");
		}
		if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
			Path dataDirectory = settings.postgres().dataDir();
			stopLeftBehind(dataDirectory, "PostgreSQL", LeftBehind.Stop.FAST_SHUTDOWN);
			if (fresh) {
				deleteRecursively(dataDirectory);
			}
			EmbeddedPostgresService postgres = EmbeddedPostgresService.start(dataDirectory, settings.postgres().port());
			postgres.postmaster().ifPresent(postmaster -> LeftBehind.record(dataDirectory, postmaster));
			stopAtExit(postgres::stop, "postgres-stop");
			properties.put("spring.datasource.url", postgres.jdbcUrl());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			log.info("Started embedded PostgreSQL at " + postgres.jdbcUrl() + " (data in "
					+ dataDirectory.toAbsolutePath() + ")");
		}
		if (!StringUtils.hasText(env.getProperty("spring.mail.host"))) {
			MailService mail = MailService.start(settings.mail().port());
			stopAtExit(mail::stop, "mail-stop");
			properties.put("spring.mail.host", "127.0.0.1");
			properties.put("spring.mail.port", mail.port());
			log.info("Started the dev mail server at smtp://127.0.0.1:" + mail.port() + " (read it on /dev/mail)");
		}
		if (keycloak != null) {
			keycloak.awaitReady(settings.keycloak().startTimeout());
			properties.put("sangkien.keycloak.url", keycloak.url());
			log.info("Keycloak is ready at " + keycloak.url());
		}
		return properties;
	}

	private void stopLeftBehind(Path dataDirectory, String service, LeftBehind.Stop how) {
		LeftBehind.stopIfOrphaned(dataDirectory, how)
			.ifPresent(pid -> log.info("Stopped the " + service + " (pid " + pid + ") that an earlier run, killed before it"
					+ " could stop it, left running on " + dataDirectory.toAbsolutePath()));
	}

	/**
	 * Counts the context as open until the very end of its close: the first disposable bean registered is
	 * the last one destroyed, after the engine, the job executor and the connection pool have stopped.
	 */
	private static void track(ConfigurableApplicationContext context) {
		if (context.getParent() == null
				&& context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			OPEN_CONTEXTS.incrementAndGet();
			registry.registerDisposableBean("sangkien.devservices.lifeline", OPEN_CONTEXTS::decrementAndGet);
		}
	}

	/**
	 * JVM shutdown hooks run all at once; the services wait for the application to close first, so
	 * that it is not left holding connections to a database that is gone.
	 */
	private static void stopAtExit(Runnable stop, String name) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Instant deadline = Instant.now().plus(CONTEXT_CLOSE_WAIT);
			while (OPEN_CONTEXTS.get() > 0 && Instant.now().isBefore(deadline)) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			stop.run();
		}, name));
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException e) {
			throw new DevServiceException("Could not clear " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
		}
	}
}
