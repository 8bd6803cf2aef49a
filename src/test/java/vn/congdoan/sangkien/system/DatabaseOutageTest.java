package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A node on a PostgreSQL of its own, which the test stops for 30 seconds ({@code pg_ctl stop -m fast}, as
 * zonky's close does) while clients write drafts, then starts again on the same data and port: the test run's
 * database, every other test's, runs on.
 */
@FaultTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("PostgreSQL stopped for 30 s under load: 503 fast, recovery by itself, nothing acknowledged lost, jobs run on")
class DatabaseOutageTest {

	private static final Log log = LogFactory.getLog(DatabaseOutageTest.class);

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	/** spring.datasource.hikari.connection-timeout (application.yaml), and what an answer may take beyond it. */
	private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration MARGIN = Duration.ofSeconds(3);

	private static final int CLIENTS = 4;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Autowired
	KeycloakTokens tokens;

	final Path data = Path.of("target", "test-services", "database-outage-postgres");

	int databasePort;

	EmbeddedPostgres postgres;

	SecondNode node;

	@BeforeAll
	void startNodeOnItsOwnDatabase() throws IOException {
		FileSystemUtils.deleteRecursively(data);
		databasePort = OwnPostgres.freePort();
		postgres = OwnPostgres.start(data, databasePort, Map.of());
		node = SecondNode.startOn(postgres, "database-outage", environment, clock, Map.of(
				// The clients' requests, the job executor and the schedulers, as on a real node.
				"spring.datasource.hikari.maximum-pool-size", "10"))
			.awaitReady(Duration.ofMinutes(5));
	}

	@AfterAll
	void stop() throws Exception {
		OwnPostgres.stop(node, postgres, data);
	}

	@Test
	@DisplayName("during the stop every write answers 503 within the pool's timeout; after it writes succeed, each acknowledged draft is there, a job due meanwhile runs")
	void stoppedUnderLoad() throws Exception {
		ApiClient api = new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.baseUrl())), tokens);
		long waiting = InitiativeDrafts.submitted(api, "tacgia.hn", "Sáng kiến chờ qua lúc mất cơ sở dữ liệu");
		String reminder = database().queryForObject("""
				select j.id_ from act_ru_job j join act_ru_execution e on e.proc_inst_id_ = j.process_instance_id_
				where e.business_key_ = ? and e.id_ = e.proc_inst_id_ and j.handler_cfg_ like 'supportTeamReviewReminder%'""", String.class,
				String.valueOf(waiting));

		ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			int number = client;
			running.add(clients.submit(() -> {
				for (int call = 0; writing.get(); call++) {
					calls.add(writeDraft("Bản nháp " + number + "-" + call + " qua lúc mất cơ sở dữ liệu"));
				}
				return null;
			}));
		}
		try {
			await("drafts written before the stop").atMost(Duration.ofSeconds(60))
				.until(() -> calls.stream().filter(call -> call.status() == 201).count() >= CLIENTS);

			// The reminder comes due while the database is down: the job executor must find it once it is back.
			database().update("update act_ru_job set duedate_ = now() + interval '3 seconds' where id_ = ?", reminder);
			postgres.close();
			Instant stopped = Instant.now();

			HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/initiatives"))
				.header("Accept", "text/html"));
			HttpResponse<String> englishPage = send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/initiatives?lang=en"))
				.header("Accept", "text/html"));
			await("the database stopped for " + OUTAGE).atMost(OUTAGE.plus(CONNECTION_TIMEOUT).plus(MARGIN))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);

			postgres = OwnPostgres.start(data, databasePort, Map.of());
			Instant restarted = Instant.now();
			await("a write succeeds again").atMost(Duration.ofSeconds(60))
				.until(() -> calls.stream().anyMatch(call -> call.status() == 201 && call.started().isAfter(restarted)));
			// The first acknowledgement after the restart, of a write that may have waited for a connection meanwhile.
			Instant recovered = calls.stream().filter(call -> call.status() == 201 && call.ended().isAfter(restarted))
				.map(Call::ended).min(Comparator.naturalOrder()).orElseThrow();
			writing.set(false);
			for (Future<?> client : running) {
				client.get(60, TimeUnit.SECONDS);
			}

			List<Call> duringOutage = calls.stream()
				.filter(call -> call.started().isAfter(stopped.plusSeconds(1)) && call.ended().isBefore(restarted)).toList();
			Call slowest = duringOutage.stream().max(Comparator.comparing(Call::took)).orElseThrow();
			List<Long> acknowledged = calls.stream().filter(call -> call.status() == 201).map(Call::id).toList();
			log.info("PostgreSQL stopped " + Duration.between(stopped, restarted).toSeconds() + " s under " + CLIENTS
					+ " writing clients: " + calls.size() + " writes, " + acknowledged.size() + " acknowledged; during the stop "
					+ duringOutage.size() + " answered, " + duringOutage.stream().filter(call -> call.status() == 503).count()
					+ " of them 503, the slowest in " + slowest.took().toMillis() + " ms; writes succeeded again "
					+ Duration.between(restarted, recovered).toMillis() + " ms after the restart");

			assertThat(duringOutage).as("writes during the stop").isNotEmpty()
				.allSatisfy(call -> assertThat(call.status()).as("%s", call).isEqualTo(503))
				.allSatisfy(call -> assertThat(call.code()).isEqualTo("database.unavailable"))
				.allSatisfy(call -> assertThat(call.retryAfter()).isNotNull());
			assertThat(slowest.took()).as("no request waits for the database longer than the pool's timeout")
				.isLessThan(CONNECTION_TIMEOUT.plus(MARGIN));
			assertThat(calls).as("no answer but 201 and 503, no 500").allSatisfy(
					call -> assertThat(call.status()).as("%s", call).isIn(201, 503));

			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Cơ sở dữ liệu tạm thời không trả lời");
			assertThat(englishPage.statusCode()).isEqualTo(503);
			assertThat(englishPage.body()).contains("The database is not answering");

			assertThat(database().queryForObject("select count(*) from initiative where id = any(?)", Long.class,
					(Object) acknowledged.toArray(Long[]::new))).as("every acknowledged draft").isEqualTo(acknowledged.size());
			await("the reminder due during the stop has run").atMost(Duration.ofSeconds(60)).until(() -> database()
				.queryForObject("select count(*) from decision where initiative_id = ? and outcome = 'reminded'", Long.class,
						waiting) == 1);
			assertThat(database().queryForObject("select count(*) from act_ru_job where id_ = ?", Long.class, reminder))
				.isZero();
		}
		finally {
			writing.set(false);
			clients.shutdownNow();
		}
	}

	/** One write of a draft: when it started and ended, and what it answered. */
	private Call writeDraft(String title) {
		Instant started = Instant.now();
		try {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/initiatives"))
				.header("Authorization", "Bearer " + tokens.accessToken("tacgia.hn"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(InitiativeDrafts.complete(title, "tacgia.hn", "Nguyễn Văn An"))));
			JsonNode body = answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
			return new Call(started, Instant.now(), answer.statusCode(), body.path("id").asLong(), body.path("code").asText(),
					answer.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException e) {
			// A connection the node dropped, or an answer slower than the client's timeout: a failure the test reports.
			return new Call(started, Instant.now(), 0, 0, e.toString(), null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Call(started, Instant.now(), 0, 0, "interrupted", null);
		}
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private JdbcTemplate database() {
		return new JdbcTemplate(postgres.getPostgresDatabase());
	}

	private record Call(Instant started, Instant ended, int status, long id, String code, String retryAfter) {

		Duration took() {
			return Duration.between(started, ended);
		}
	}
}
