package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.FaultTest;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.SecondNode;

/**
 * The operators' backup (src/main/postgres/backup.sh, docs/operations.md) of a platform node's PostgreSQL of
 * its own, archiving its WAL, taken while the node writes; then restore.sh into fresh data directories, as after a
 * lost disk or a mistake. Once, before the tests: the node does some work, is backed up under load, a draft is
 * deleted by mistake after a noted moment; the node and its PostgreSQL stop, and what the database held is noted.
 */
@FaultTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Backup and restore of PostgreSQL: a running platform backed up, restored into a fresh database, to a moment before a mistake, never over a database")
class BackupRestoreTest {

	private static final Log log = LogFactory.getLog(BackupRestoreTest.class);

	/** The form restore.sh --until takes: the programme's local time with its offset. */
	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx");

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Autowired
	KeycloakTokens tokens;

	final Path root = Path.of("target", "test-services", "backup-restore").toAbsolutePath();

	final Path live = root.resolve("live");

	final Path walArchive = root.resolve("wal-archive");

	final Path backups = root.resolve("backups");

	/** The port of the node's PostgreSQL, where backup.sh connects. */
	int livePort;

	/** The only backup taken, a folder in {@link #backups}. */
	Path backup;

	long submitted;

	long decided;

	long deletedByMistake;

	/** The last moment before the mistake, as restore.sh --until takes it. */
	String beforeMistake;

	PlatformRecord atBeforeMistake;

	/** What the database held when the node stopped. */
	PlatformRecord atStop;

	/** What the node answered, before it stopped, on an initiative and on two inboxes. */
	Map<String, JsonNode> answers;

	@BeforeAll
	void backUpARunningPlatform() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		Files.createDirectories(walArchive);
		Files.createDirectories(backups);
		EmbeddedPostgres postgres = archivingPostgres();
		try {
			SecondNode node = SecondNode.startOn(postgres, "backup-restore", environment, clock, Map.of())
				.awaitReady(Duration.ofMinutes(5));
			try {
				ApiClient api = api(node);
				JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
				deletedByMistake = InitiativeDrafts.draft(api, "tacgia.hn",
						InitiativeDrafts.complete("Bản nháp sẽ bị xoá nhầm", "tacgia.hn", "Nguyễn Văn An"));
				submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Sáng kiến chờ tổ hỗ trợ qua sao lưu");
				decided = InitiativeDrafts.submitted(api, "tacgia.hn", "Sáng kiến đã được tổ hỗ trợ nhận qua sao lưu");
				ApiClient.Response accepted = api.post("hotro.hn", "/api/tasks/" + taskOf(database, decided, "supportTeamReview")
						+ "/complete", "{\"supportTeamDecision\":\"accept\"}");
				assertThat(accepted.statusCode()).as("%s", accepted.body()).isEqualTo(204);

				backup = backUpWhileWriting(api);

				// The moment, between two looks at the database that find the same: no commit of the record falls
				// between what the test noted and the moment recovery stops at.
				await("a moment with nothing written around it").atMost(Duration.ofSeconds(60)).until(() -> {
					atBeforeMistake = PlatformRecord.of(database);
					beforeMistake = database.queryForObject("select clock_timestamp()", OffsetDateTime.class)
						.withOffsetSameInstant(VIETNAM).format(UNTIL);
					return PlatformRecord.of(database).equals(atBeforeMistake);
				});
				assertThat(api.delete("tacgia.hn", "/api/initiatives/" + deletedByMistake).statusCode()).isEqualTo(204);

				answers = Map.of(
						"initiative", api.get("tacgia.hn", "/api/initiatives/" + decided).body(),
						"support team's inbox", api.get("hotro.hn", "/api/tasks?max=200").body(),
						"council's inbox", api.get("hoidong.hn", "/api/tasks?max=200").body());
			}
			finally {
				node.close();
			}
			JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
			atStop = PlatformRecord.of(database);
			// The WAL written since the backup, up to the node's last commit, closed and archived: as a server that
			// ran on would archive it within archive_timeout, before the disk is lost.
			String lastSegment = database.queryForObject("select pg_walfile_name(pg_switch_wal())", String.class);
			await("WAL segment " + lastSegment + " archived").atMost(Duration.ofSeconds(60))
				.until(() -> Files.exists(walArchive.resolve(lastSegment)));
		}
		finally {
			postgres.close();
		}
	}

	@AfterAll
	void removeTheDatabases() throws IOException {
		FileSystemUtils.deleteRecursively(root);
	}

	@Test
	@DisplayName("restored into a fresh database, every initiative, open task and timeline line is back, and a node on it serves them as before")
	void restoredIntoAFreshDatabase() throws Exception {
		Path restored = root.resolve("restored");
		Instant started = Instant.now();
		OperatorScripts.Script restore = OperatorScripts.run("restore.sh", backup.toString(), restored.toString(),
				walArchive.toString());
		assertThat(restore.exit()).as(restore.output()).isZero();

		EmbeddedPostgres postgres = OwnPostgres.restored(restored);
		log.info("restore.sh and the WAL replay took " + Duration.between(started, Instant.now()).toMillis() + " ms, "
				+ atStop.initiatives().size() + " initiatives, " + atStop.openTasks().size() + " open tasks, "
				+ atStop.timeline().size() + " timeline rows:\n" + restore.output());
		try {
			JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
			assertThat(PlatformRecord.of(database)).isEqualTo(atStop);
			assertThat(atStop.openTasks()).as("the submitted initiative's task, the accepted one's council task")
				.anySatisfy(task -> assertThat(task).endsWith("supportTeamReview " + submitted))
				.anySatisfy(task -> assertThat(task).endsWith("councilRecognition " + decided));
			assertThat(atStop.timeline()).as("the support team's decision")
				.anySatisfy(line -> assertThat(line).matches("\\d+ " + decided + " supportTeamReview \\S+ hotro\\.hn .*"));

			SecondNode node = SecondNode.startOn(postgres, "backup-restored", environment, clock, Map.of())
				.awaitReady(Duration.ofMinutes(5));
			try {
				ApiClient api = api(node);
				assertThat(api.get("tacgia.hn", "/api/initiatives/" + decided).body()).isEqualTo(answers.get("initiative"));
				assertThat(tasks(api.get("hotro.hn", "/api/tasks?max=200").body())).isEqualTo(tasks(answers.get("support team's inbox")))
					.contains("supportTeamReview " + submitted);
				assertThat(tasks(api.get("hoidong.hn", "/api/tasks?max=200").body())).isEqualTo(tasks(answers.get("council's inbox")))
					.contains("councilRecognition " + decided);
				assertThat(answers.get("initiative").path("timeline").size()).isGreaterThan(1);
			}
			finally {
				node.close();
			}
		}
		finally {
			postgres.close();
		}
	}

	@Test
	@DisplayName("restored up to a moment before a mistake, the draft deleted after it is back and nothing else differs from that moment")
	void restoredToAMomentBeforeAMistake() throws Exception {
		Path restored = root.resolve("before-mistake");
		OperatorScripts.Script restore = OperatorScripts.run("restore.sh", backup.toString(), restored.toString(),
				walArchive.toString(), "--until", beforeMistake);
		assertThat(restore.exit()).as(restore.output()).isZero();

		EmbeddedPostgres postgres = OwnPostgres.restored(restored);
		try {
			PlatformRecord content = PlatformRecord.of(new JdbcTemplate(postgres.getPostgresDatabase()));
			assertThat(content.initiatives()).isEqualTo(atBeforeMistake.initiatives())
				.anySatisfy(initiative -> assertThat(initiative).startsWith(deletedByMistake + " DRAFT "));
			assertThat(atStop.initiatives()).noneSatisfy(initiative -> assertThat(initiative).startsWith(deletedByMistake + " "));
			assertThat(content.timeline()).isEqualTo(atBeforeMistake.timeline());
		}
		finally {
			postgres.close();
		}
	}

	@Test
	@DisplayName("a restore into a data directory that is not empty is refused, in Vietnamese and English, and leaves it as it was")
	void refusedOverADatabase() throws IOException, InterruptedException {
		List<String> before = listing(live);
		String version = Files.readString(live.resolve("PG_VERSION"));

		OperatorScripts.Script restore = OperatorScripts.run("restore.sh", backup.toString(), live.toString(),
				walArchive.toString());

		assertThat(restore.exit()).as(restore.output()).isEqualTo(3);
		assertThat(restore.output()).contains("đã có dữ liệu: không khôi phục đè lên một cơ sở dữ liệu")
			.contains("is not empty: a restore never writes over a database");
		assertThat(listing(live)).isEqualTo(before);
		assertThat(Files.readString(live.resolve("PG_VERSION"))).isEqualTo(version);
		assertThat(live.resolve("recovery.signal")).doesNotExist();
	}

	@Test
	@DisplayName("a damaged backup restores nothing: the directory is left empty, not half a database")
	void damagedBackupRestoresNothing() throws IOException, InterruptedException {
		Path damaged = Files.createDirectories(root.resolve("damaged"));
		byte[] base = Files.readAllBytes(backup.resolve("base.tar.gz"));
		// Cut where the disk filled or the copy broke: gzip finds the end missing only after tar wrote some files.
		Files.write(damaged.resolve("base.tar.gz"), Arrays.copyOf(base, base.length * 3 / 4));
		Files.copy(backup.resolve("backup_label"), damaged.resolve("backup_label"));
		Path restored = root.resolve("from-damaged");

		OperatorScripts.Script restore = OperatorScripts.run("restore.sh", damaged.toString(), restored.toString(),
				walArchive.toString());

		assertThat(restore.exit()).as(restore.output()).isEqualTo(1);
		assertThat(restore.output()).contains("is empty again");
		try (Stream<Path> left = Files.list(restored)) {
			assertThat(left).as("what the failed restore left").isEmpty();
		}
	}

	@Test
	@DisplayName("a backup of a server that does not archive its WAL is refused, and writes nothing")
	void refusedWithoutArchiving() throws IOException, InterruptedException {
		// The test run's own database: archive_mode is off, as on a server not yet set up for backups.
		URI database = URI.create(environment.getRequiredProperty("spring.datasource.url").substring("jdbc:".length()));
		Path folder = root.resolve("not-archiving");

		OperatorScripts.Script backup = backUp(database.getPort(), folder);

		assertThat(backup.exit()).as(backup.output()).isEqualTo(1);
		assertThat(backup.output()).contains("archive_mode is off: a base backup without the WAL written during it cannot be restored");
		assertThat(folder).doesNotExist();
	}

	/**
	 * Runs backup.sh while two clients write drafts through the API, and returns its folder; the drafts are
	 * acknowledged before, during and after it.
	 */
	private Path backUpWhileWriting(ApiClient api) throws Exception {
		AtomicBoolean writing = new AtomicBoolean(true);
		List<Long> written = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(2);
		List<Future<?>> running = new ArrayList<>();
		try {
			for (int client = 0; client < 2; client++) {
				int number = client;
				running.add(clients.submit(() -> {
					for (int draft = 0; writing.get(); draft++) {
						long id = InitiativeDrafts.draft(api, "tacgia.hn",
								InitiativeDrafts.complete("Bản nháp " + number + "-" + draft + " trong lúc sao lưu", "tacgia.hn",
										"Nguyễn Văn An"));
						synchronized (written) {
							written.add(id);
						}
					}
					return null;
				}));
			}
			await("drafts written before the backup").atMost(Duration.ofSeconds(60)).until(() -> size(written) >= 2);
			int beforeBackup = size(written);
			Instant started = Instant.now();
			OperatorScripts.Script backup = backUp(livePort, backups);
			int afterBackup = size(written);
			assertThat(backup.exit()).as(backup.output()).isZero();
			log.info("backup.sh under load took " + Duration.between(started, Instant.now()).toMillis() + " ms, "
					+ (afterBackup - beforeBackup) + " drafts acknowledged while it ran:\n" + backup.output());
			await("a draft written after the backup").atMost(Duration.ofSeconds(60))
				.until(() -> size(written) > afterBackup);
		}
		finally {
			writing.set(false);
			clients.shutdown();
		}
		for (Future<?> client : running) {
			client.get(60, TimeUnit.SECONDS);
		}
		try (Stream<Path> folders = Files.list(backups)) {
			List<Path> taken = folders.toList();
			assertThat(taken).hasSize(1);
			assertThat(taken.get(0).resolve("base.tar.gz")).isNotEmptyFile();
			assertThat(taken.get(0).resolve("backup_label")).content().contains("LABEL: sangkien ");
			assertThat(taken.get(0).resolve("manifest")).content().containsPattern("sha256: [0-9a-f]{64}");
			return taken.get(0);
		}
	}

	/**
	 * The tasks of an inbox, oldest first: step and initiative. (Not their times: a node shows the engine's moments
	 * in the programme's time, which it sets from its clock when it starts.)
	 */
	private static List<String> tasks(JsonNode inbox) {
		List<String> tasks = new ArrayList<>();
		inbox.forEach(task -> tasks.add(task.path("step").asText() + " " + task.path("initiativeId").asText()));
		return tasks;
	}

	private static int size(List<Long> written) {
		synchronized (written) {
			return written.size();
		}
	}

	/**
	 * The node's PostgreSQL, archiving its WAL as docs/operations.md sets it up: archive_mode needs a restart,
	 * and the settings go in postgresql.auto.conf (ALTER SYSTEM) as an operator's would in postgresql.conf.
	 */
	private EmbeddedPostgres archivingPostgres() throws IOException {
		livePort = OwnPostgres.freePort();
		try (EmbeddedPostgres fresh = OwnPostgres.start(live, livePort, Map.of())) {
			new JdbcTemplate(fresh.getPostgresDatabase()).execute("alter system set archive_mode = on");
			new JdbcTemplate(fresh.getPostgresDatabase()).execute("alter system set archive_command = 'test ! -f \""
					+ walArchive + "/%f\" && cp \"%p\" \"" + walArchive + "/%f\"'");
		}
		EmbeddedPostgres postgres = OwnPostgres.start(live, livePort, Map.of());
		assertThat(new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("show archive_mode", String.class))
			.isEqualTo("on");
		return postgres;
	}

	private ApiClient api(SecondNode node) {
		return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.baseUrl())), tokens);
	}

	private static String taskOf(JdbcTemplate database, long initiative, String step) {
		return database.queryForObject("""
				select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
				where e.business_key_ = ? and t.task_def_key_ = ?""", String.class, String.valueOf(initiative), step);
	}

	/** Every file and directory under the directory, with its size and modification time. */
	private static List<String> listing(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.map(file -> {
				try {
					return directory.relativize(file) + " " + Files.size(file) + " " + Files.getLastModifiedTime(file);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sorted().toList();
		}
	}

	/** backup.sh of the PostgreSQL on this port into the folder, its connection in PG* variables as an operator's. */
	private static OperatorScripts.Script backUp(int port, Path folder) throws IOException, InterruptedException {
		return OperatorScripts.run(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(port), "PGUSER", "postgres"),
				"backup.sh", folder.toString());
	}

}
