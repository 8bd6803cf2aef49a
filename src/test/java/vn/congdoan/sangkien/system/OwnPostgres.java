package vn.congdoan.sangkien.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.congdoan.sangkien.SecondNode;

/**
 * A PostgreSQL of a test's own beside the run's, on a data directory the test chooses: one it will back up, or one a
 * restore wrote. The zonky binaries the platform starts in dev.
 */
final class OwnPostgres {

	private OwnPostgres() {
	}

	/** On this data directory (made by initdb when empty) and port, with these server settings. */
	static EmbeddedPostgres start(Path data, int port, Map<String, String> settings) throws IOException {
		Files.createDirectories(data);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("encoding", "UTF8");
		settings.forEach(builder::setServerConfig);
		return builder.start();
	}

	/**
	 * Started on a restored data directory, once it has replayed the WAL and accepts writes. It does not archive (its
	 * postgresql.auto.conf says to, into the archive it was restored from, as the old server's did).
	 */
	static EmbeddedPostgres restored(Path data) throws IOException {
		EmbeddedPostgres postgres = start(data, freePort(), Map.of("archive_mode", "off"));
		JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
		await("recovery of " + data + " done").atMost(Duration.ofMinutes(2))
			.until(() -> !database.queryForObject("select pg_is_in_recovery()", Boolean.class));
		return postgres;
	}

	/** Stops the node that runs on it (if any), then the server (if started), and removes its data directory. */
	static void stop(SecondNode node, EmbeddedPostgres postgres, Path data) throws Exception {
		if (node != null) {
			node.close();
		}
		if (postgres != null) {
			postgres.close();
		}
		FileSystemUtils.deleteRecursively(data);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
