package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SecondNode;

/**
 * The upgrade an operator makes: the new release started on the database of the last one, with its data. That
 * database is a copy of the last release's (src/test/resources/releases/previous, remade at each release as
 * docs/operations.md says), restored on a PostgreSQL of the test's own.
 */
@PlatformTest
@DisplayName("Upgrade: the new release starts on the last release's database, migrates it and serves every initiative, task and timeline")
class UpgradeFromPreviousReleaseTest {

	private static final String RELEASE = "releases/previous/";

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Autowired
	KeycloakTokens tokens;

	final Path data = Path.of("target", "test-services", "previous-release-postgres");

	EmbeddedPostgres postgres;

	SecondNode node;

	@AfterEach
	void stop() throws Exception {
		if (node != null) {
			node.close();
		}
		if (postgres != null) {
			postgres.close();
		}
		FileSystemUtils.deleteRecursively(data);
	}

	@Test
	@DisplayName("every initiative, timeline line and open task of the last release is there after the upgrade, and its work goes on")
	void upgradesTheLastReleasesDatabase() throws Exception {
		Properties release = release();
		restorePreviousRelease();
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(freePort())
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
		JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
		assertThat(schemaVersion(database)).as("the copy is of the release it says")
			.isEqualTo(Integer.parseInt(release.getProperty("flyway-version")));
		Snapshot before = Snapshot.of(database);
		assertThat(before.initiatives()).as("the last release's initiatives").isNotEmpty();
		assertThat(before.tasks()).as("its open tasks").isNotEmpty();
		assertThat(before.timeline()).as("its timelines").isNotEmpty();

		node = SecondNode.start("previous-release", environment, clock, Map.of(
				"spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "",
				// The copy's timers fall due as the calendar moves on; none may change what is compared here.
				"camunda.bpm.job-execution.enabled", "false"))
			.awaitReady(Duration.ofMinutes(5));

		assertThat(schemaVersion(database)).as("every migration of this release applied").isEqualTo(latestMigration());
		assertThat(database.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		Snapshot after = Snapshot.of(database);
		assertThat(after.initiatives()).as("initiatives: id, title, status, version").isEqualTo(before.initiatives());
		assertThat(after.timeline()).as("timeline lines").isEqualTo(before.timeline());
		assertThat(after.tasks()).as("open tasks: id, step, process instance").isEqualTo(before.tasks());

		ApiClient api = new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.baseUrl())), tokens);
		long waiting = database.queryForObject("select min(id) from initiative where status = 'IN_SUPPORT_REVIEW' "
				+ "and unit_code = 'CDCS-01-0001'", Long.class);
		ApiClient.Response initiative = api.get("tacgia.hn", "/api/initiatives/" + waiting);
		assertThat(initiative.statusCode()).as("%s", initiative.body()).isEqualTo(200);
		assertThat(initiative.body().path("title").asText()).isEqualTo(database
			.queryForObject("select title from initiative where id = ?", String.class, waiting));
		String task = database.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e "
				+ "on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'supportTeamReview'",
				String.class, String.valueOf(waiting));
		ApiClient.Response inbox = api.get("hotro.hn", "/api/tasks");
		assertThat(inbox.body().findValuesAsText("id")).as("the support team's inbox").contains(task);
		ApiClient.Response accepted = api.post("hotro.hn", "/api/tasks/" + task + "/complete",
				"{\"supportTeamDecision\":\"accept\"}");
		assertThat(accepted.statusCode()).as("%s", accepted.body()).isEqualTo(204);
		await("the council's task of the upgraded instance").atMost(Duration.ofSeconds(30)).until(() -> database
			.queryForObject("select status from initiative where id = ?", String.class, waiting)
			.equals("IN_COUNCIL_REVIEW"));
		assertThat(database.queryForObject("select count(*) from decision where initiative_id = ?", Integer.class, waiting))
			.as("a new timeline line").isGreaterThan((int) before.timeline().stream()
				.filter(line -> line.startsWith(waiting + "|")).count());
	}

	/** As restore.sh does: the copy unpacked into an empty data directory of PostgreSQL's own permissions. */
	private void restorePreviousRelease() throws IOException, InterruptedException {
		FileSystemUtils.deleteRecursively(data);
		Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path archive = Path.of("src", "test", "resources", RELEASE, "database.tar.xz");
		Process tar = new ProcessBuilder("tar", "-xJf", archive.toAbsolutePath().toString(), "-C", data.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(tar.waitFor(2, TimeUnit.MINUTES)).as("tar ended").isTrue();
		assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes())).isZero();
	}

	private static Properties release() throws IOException {
		Properties release = new Properties();
		try (InputStream in = UpgradeFromPreviousReleaseTest.class.getClassLoader()
			.getResourceAsStream(RELEASE + "release.properties")) {
			release.load(in);
		}
		return release;
	}

	private static int schemaVersion(JdbcTemplate database) {
		return database.queryForObject("select max(version::int) from flyway_schema_history where success", Integer.class);
	}

	/** The highest version among this release's migrations. */
	private static int latestMigration() throws IOException {
		int latest = 0;
		for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
			latest = Math.max(latest, Integer.parseInt(migration.getFilename().replaceFirst("^V(\\d+)__.*$", "$1")));
		}
		return latest;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** What must come through an upgrade unchanged, each row as one line of text. */
	private record Snapshot(List<String> initiatives, List<String> timeline, List<String> tasks) {

		static Snapshot of(JdbcTemplate database) {
			return new Snapshot(
					database.queryForList("select concat_ws('|', id, title, status, version, author_username, unit_code) "
							+ "from initiative order by id", String.class),
					database.queryForList("select concat_ws('|', initiative_id, d.*) from decision d order by id", String.class),
					database.queryForList("select concat_ws('|', id_, task_def_key_, proc_inst_id_, proc_def_id_) "
							+ "from act_ru_task order by id_", String.class));
		}
	}
}
