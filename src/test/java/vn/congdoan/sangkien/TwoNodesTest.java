package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.system.ImportProgress;

/**
 * Two application nodes on one PostgreSQL and one Keycloak, as in production behind a load balancer
 * (docs/architecture.md, Production topology): node A is the test run's platform, node B a second JVM
 * started here. Every request may go to either node.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Two nodes, one database: either node serves any request, each timer runs once, a node starts beside a running one")
class TwoNodesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	ApiClient nodeA;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ImportProgress importProgress;

	@Autowired
	PlatformTransactionManager transactions;

	SecondNode second;

	ApiClient nodeB;

	Duration startUp;

	@BeforeAll
	void startNodeB() {
		Instant started = Instant.now();
		second = SecondNode.start("node-b", environment, clock);
		second.awaitReady(Duration.ofMinutes(4));
		startUp = Duration.between(started, Instant.now());
		nodeB = new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(second.baseUrl())), tokens);
	}

	@AfterAll
	void stopNodeB() throws InterruptedException {
		if (second != null) {
			second.close();
		}
	}

	@Test
	@DisplayName("node B starts while node A runs: its start-up, the calendar's recognitions included, starts none twice")
	void secondNodeStartsBesideTheFirst() {
		assertThat(second.isAlive()).isTrue();
		assertThat(second.logText()).as("node B's log (started in %s)", startUp).contains("Started SangKienApplication")
			.doesNotContain("APPLICATION FAILED TO START");
		// A recognition the Office computed again (another test) is replaced by a second process of the same key.
		java.util.Set<String> current = java.util.Set.copyOf(jdbc.queryForList(
				"select process_instance_id from collective_recognition where status <> 'REPLACED'", String.class));
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("collectiveRecognition").list())
			.as("each recognition's process, started by the calendar of either node, once")
			.filteredOn(instance -> current.contains(instance.getId()))
			.extracting(HistoricProcessInstance::getBusinessKey)
			.isNotEmpty()
			.doesNotHaveDuplicates();
	}

	@Test
	@DisplayName("the tasks of one initiative are completed alternately on node A and node B, with real tokens")
	void tasksCompletedAlternately() {
		long id = InitiativeDrafts.submitted(nodeA, "tacgia.hn", "Sáng kiến trên hai nút");

		complete(nodeB, "hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		complete(nodeA, "hoidong.hn", id, "councilRecognition", Steps.RECOGNISE);
		complete(nodeB, "canbo.hn", id, "portalUpload", "{\"uploadedToPortal\":true}");

		ApiClient.Response read = nodeA.get("tacgia.hn", "/api/initiatives/" + id);
		assertThat(read.body().path("status").asText()).isEqualTo("PUBLISHED");
		// In the order they were written: the two nodes' clocks differ by seconds, as two servers' do.
		assertThat(jdbc.queryForList("select step from decision where initiative_id = ? order by id", String.class, id))
			.containsSubsequence("supportTeamReview", "councilRecognition", "portalUpload");
	}

	@Test
	@DisplayName("timers due while both nodes' job executors look for them each run once: one reminder per task")
	void everyDueTimerRunsOnce() {
		List<Long> initiatives = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ApiClient node = i % 2 == 0 ? nodeA : nodeB;
			initiatives.add(InitiativeDrafts.submitted(node, "tacgia.hn", "Nhắc việc trên hai nút " + i));
		}
		List<String> processes = initiatives.stream().map(this::processOf).toList();
		List<Job> reminders = processes.stream()
			.map(process -> management.createJobQuery().processInstanceId(process).activityId("supportTeamReviewReminder")
				.singleResult())
			.toList();

		// Due a minute ago: both nodes' job executors may acquire them from now on.
		Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
		reminders.forEach(reminder -> management.setJobDuedate(reminder.getId(), past));

		await("every reminder timer has fired").atMost(Duration.ofSeconds(90))
			.until(() -> processes.stream().allMatch(process -> management.createJobQuery().processInstanceId(process)
				.activityId("supportTeamReviewReminder").count() == 0));
		for (int i = 0; i < initiatives.size(); i++) {
			assertThat(jdbc.queryForObject("select count(*) from decision where initiative_id = ? and outcome = 'reminded'",
					Long.class, initiatives.get(i))).as("reminders on the timeline of initiative %s", initiatives.get(i))
				.isEqualTo(1);
			assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processes.get(i))
				.activityId("remindSupportTeamReview").count()).as("reminders run by the engine").isEqualTo(1);
			assertThat(management.createJobQuery().processInstanceId(processes.get(i)).withException().count())
				.as("no job failed, none lost an optimistic-locking race into an incident").isZero();
		}
		initiatives.forEach(id -> assertThat(nodeB.post("tacgia.hn", "/api/initiatives/" + id + "/withdraw", null).statusCode())
			.as("withdrawn, so that no other test's inbox sees it").isEqualTo(200));
	}

	@Test
	@DisplayName("a page session made on node A is accepted by node B, with its CSRF token; signing out on B ends it on A")
	void pageSessionOnEitherNode() throws Exception {
		LoginSession browser = new LoginSession(port);
		HttpResponse<String> inboxOnA = browser.signInAt("/inbox", "hoidong.hn");
		assertThat(inboxOnA.statusCode()).isEqualTo(200);
		String session = browser.cookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		HttpClient otherBrowserTab = HttpClient.newHttpClient();

		HttpResponse<String> inboxOnB = otherBrowserTab.send(HttpRequest.newBuilder(URI.create(second.baseUrl() + "/inbox"))
			.header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inboxOnB.statusCode()).as("node B: %s", inboxOnB.headers().firstValue("Location")).isEqualTo(200);
		assertThat(inboxOnB.body()).contains("Hộp công việc", "Hoàng Minh Đức", "council:CDCS-01-0001");

		Matcher csrf = CSRF.matcher(inboxOnA.body());
		assertThat(csrf.find()).as("a CSRF token on node A's page").isTrue();
		HttpResponse<String> signOutOnB = otherBrowserTab.send(HttpRequest.newBuilder(URI.create(second.baseUrl() + "/logout"))
			.header("Cookie", "SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signOutOnB.statusCode()).as("node B takes node A's CSRF token and signs out").isEqualTo(302);
		assertThat(signOutOnB.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("logout"));

		HttpResponse<String> inboxOnAAgain = otherBrowserTab.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/inbox"))
			.header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inboxOnAAgain.statusCode()).as("node A: the session ended on B").isEqualTo(302);
		assertThat(inboxOnAAgain.headers().firstValue("Location")).hasValueSatisfying(
				to -> assertThat(to).contains("/oauth2/authorization/keycloak"));
	}

	@Test
	@DisplayName("an import's progress on node A, its transaction still open, is what the progress bar polling node B shows")
	void importProgressOnEitherNode() throws Exception {
		LoginSession office = new LoginSession(port);
		assertThat(office.signInAt("/office", "vanphong.tld").statusCode()).isEqualTo(200);
		String session = office.cookie("SESSION");
		String id = UUID.randomUUID().toString();

		// As UnitImport does: the import's transaction stays open to its end, and reports on the way.
		new TransactionTemplate(transactions).executeWithoutResult(importing -> {
			importProgress.report(id, "writing", 5_000, 126_000);

			JsonNode polled = progressOnB(id, session);
			assertThat(polled.path("step").asText()).isEqualTo("writing");
			assertThat(polled.path("done").asInt()).isEqualTo(5_000);
			assertThat(polled.path("total").asInt()).isEqualTo(126_000);
			importing.setRollbackOnly();
		});
		importProgress.report(id, "done", 126_000, 126_000);
		assertThat(progressOnB(id, session).path("step").asText()).isEqualTo("done");
		assertThat(progressOnB(UUID.randomUUID().toString(), session).path("step").asText()).as("an import nobody runs")
			.isEqualTo("waiting");
		jdbc.update("delete from import_progress where id = ?", id);
	}

	private JsonNode progressOnB(String id, String session) {
		try {
			HttpResponse<String> polled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create(second.baseUrl() + "/office/imports/" + id)).header("Cookie", "SESSION=" + session)
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
			assertThat(polled.statusCode()).as("node B: %s", polled.body()).isEqualTo(200);
			return new ObjectMapper().readTree(polled.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void complete(ApiClient node, String username, long initiativeId, String step, String values) {
		String task = new Steps(node, taskService).taskOf(initiativeId, step).getId();
		ApiClient.Response response = node.post(username, "/api/tasks/" + task + "/complete", values);
		assertThat(response.statusCode()).as("%s completes %s: %s", username, step, response.body()).isEqualTo(204);
	}

	private String processOf(long initiativeId) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.processDefinitionKey("initiativeLifecycle")
			.singleResult()
			.getId();
	}
}
