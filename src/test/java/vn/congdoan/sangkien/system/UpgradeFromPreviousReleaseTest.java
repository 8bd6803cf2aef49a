package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

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

	/** The last release's database, a cold copy restore.sh takes. */
	private static final Path RELEASE = Path.of("src", "test", "resources", "releases", "previous");

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
		OwnPostgres.stop(node, postgres, data);
	}

	@Test
	@DisplayName("every initiative, timeline line and open task of the last release is there after the upgrade, and its work goes on")
	void upgradesTheLastReleasesDatabase() throws Exception {
		Properties release = release();
		FileSystemUtils.deleteRecursively(data);
		OperatorScripts.Script restore = OperatorScripts.run("restore.sh", RELEASE.toString(), data.toString());
		assertThat(restore.exit()).as(restore.output()).isZero();
		postgres = OwnPostgres.restored(data);
		JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
		assertThat(schemaVersion(database)).as("the copy is of the release it says")
			.isEqualTo(Integer.parseInt(release.getProperty("flyway-version")));
		PlatformRecord before = PlatformRecord.of(database);
		assertThat(before.initiatives()).as("the last release's initiatives").isNotEmpty();
		assertThat(before.openTasks()).as("its open tasks").isNotEmpty();
		assertThat(before.timeline()).as("its timelines").isNotEmpty();

		node = SecondNode.startOn(postgres, "previous-release", environment, clock, Map.of(
				// The copy's timers fall due as the calendar moves on; none may change what is compared here.
				"camunda.bpm.job-execution.enabled", "false"))
			.awaitReady(Duration.ofMinutes(5));

		assertThat(schemaVersion(database)).as("every migration of this release applied").isEqualTo(latestMigration());
		assertThat(database.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(PlatformRecord.of(database)).as("initiatives, open tasks and timeline lines").isEqualTo(before);

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
				.filter(line -> line.split(" ")[1].equals(String.valueOf(waiting))).count());
	}

	private static Properties release() throws IOException {
		Properties release = new Properties();
		try (InputStream in = Files.newInputStream(RELEASE.resolve("release.properties"))) {
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
}
