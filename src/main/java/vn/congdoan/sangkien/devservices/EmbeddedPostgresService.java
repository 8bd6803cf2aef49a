package vn.congdoan.sangkien.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL from the zonky binaries, its data kept in a directory between runs. It carries
 * the {@code unaccent} and {@code pg_trgm} extensions that search uses.
 */
final class EmbeddedPostgresService {

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresService(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	static EmbeddedPostgresService start(Path dataDirectory, int requestedPort) {
		int port = LocalPorts.claim(requestedPort, "PostgreSQL",
				" with sangkien.devservices.postgres.port");
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			return new EmbeddedPostgresService(postgres, dataDirectory);
		}
		catch (IOException | RuntimeException e) {
			throw new DevServiceException("The embedded PostgreSQL could not start on port " + port + " with data in "
					+ dataDirectory.toAbsolutePath() + ": " + e.getMessage()
					+ ". If another copy of the application still runs on this directory, stop it first.", e);
		}
	}

	/** The server's main process, as PostgreSQL writes it on the first line of {@code postmaster.pid}. */
	Optional<ProcessHandle> postmaster() {
		try (Stream<String> lines = Files.lines(dataDirectory.resolve("postmaster.pid"))) {
			return lines.findFirst().map(String::trim).map(Long::parseLong).flatMap(ProcessHandle::of);
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	void stop() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			// Stopping at shutdown: nothing left to tell a user who is leaving.
		}
	}
}
