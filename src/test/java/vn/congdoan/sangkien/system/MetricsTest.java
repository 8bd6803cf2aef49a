package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * The operators' metrics (README, "Metrics"): Prometheus scrapes the management port, never the public one; every
 * metric the alert rules and the Grafana dashboard name is scraped, so that the files cannot drift from the code;
 * and the gauges and counters move with what really happens.
 */
@PlatformTest
@DisplayName("Metrics: on the management port only, every name the dashboard and alerts use, moved by real facts")
class MetricsTest {

	/** A metric's name in a PromQL expression of the files: ours, the pool's, the requests'. */
	private static final Pattern METRIC_IN_EXPRESSION = Pattern
		.compile("\\b(?:sangkien|hikaricp|http_server_requests)_[a-z_]+\\b");

	private static final Pattern ROUTE = Pattern.compile("uri=\"([^\"]*)\"");

	private static final Pattern RAW_ID = Pattern.compile("/\\d+(?:/|$)");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	GaugeRefresh gauges;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("/actuator/prometheus and health answer on the management port; the public port has only /livez and /readyz")
	void prometheusOnTheManagementPortOnly() throws Exception {
		HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("sangkien_jobs_due");
		assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);

		HttpResponse<String> anonymous = get(port, "/actuator/prometheus");
		assertThat(anonymous.statusCode()).as("anonymous on the public port").isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("sangkien_");
		LoginSession officer = new LoginSession(port);
		officer.signInAt("/my-initiatives", "vanphong.tld");
		assertThat(officer.get("/actuator/prometheus").statusCode()).as("signed in on the public port: not there").isEqualTo(404);
		assertThat(officer.get("/actuator/health").statusCode()).isEqualTo(404);

		assertThat(get(port, "/livez").statusCode()).as("the load balancer's liveness check").isEqualTo(200);
		assertThat(get(port, "/readyz").statusCode()).as("the load balancer's readiness check").isEqualTo(200);
	}

	@Test
	@DisplayName("every metric the alert rules and the Grafana dashboard use is in the scrape")
	void everyMetricOfTheFilesIsScraped() throws Exception {
		// A request of each kind the files read, so that the request and pool meters have samples.
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Đo lường", "tacgia.hn", "Nguyễn Văn An"));
		api.get("tacgia.hn", "/api/initiatives/" + draft);
		gauges.refreshAll();
		Set<String> scraped = names(scrape());

		Set<String> used = new TreeSet<>();
		Map<String, Object> rules = new Yaml().load(Files.readString(Path.of("docs/operations/alert-rules.yaml")));
		for (Object group : (List<?>) rules.get("groups")) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				used.addAll(metricsIn((String) ((Map<?, ?>) rule).get("expr")));
			}
		}
		List<String> expressions = new ArrayList<>();
		new ObjectMapper().readTree(Path.of("docs/operations/grafana-dashboard.json").toFile())
			.findValues("expr")
			.stream()
			.map(JsonNode::asText)
			.forEach(expressions::add);
		assertThat(expressions).as("the dashboard's queries").isNotEmpty();
		expressions.forEach(expression -> used.addAll(metricsIn(expression)));

		assertThat(used).as("metrics the files use").contains("sangkien_incidents_open", "sangkien_tasks_overdue",
				"hikaricp_connections_pending", "sangkien_upload_window_waiting", "http_server_requests_seconds_bucket");
		assertThat(scraped).as("metrics scraped from the management port").containsAll(used);
	}

	@Test
	@DisplayName("every alert's runbook is a section of docs/operations.md")
	void everyRunbookIsWritten() throws Exception {
		// GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.
		Set<String> anchors = new TreeSet<>();
		Files.readAllLines(Path.of("docs/operations.md")).stream()
			.filter(line -> line.startsWith("#"))
			.map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-'))
			.forEach(anchors::add);
		Map<String, Object> rules = new Yaml().load(Files.readString(Path.of("docs/operations/alert-rules.yaml")));
		List<String> runbooks = new ArrayList<>();
		for (Object group : (List<?>) rules.get("groups")) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				runbooks.add((String) ((Map<?, ?>) ((Map<?, ?>) rule).get("annotations")).get("runbook"));
			}
		}

		assertThat(runbooks).as("the rules' runbooks").isNotEmpty().allSatisfy(runbook -> {
			assertThat(runbook).startsWith("docs/operations.md#");
			assertThat(anchors).as("headings of docs/operations.md").contains(runbook.substring(runbook.indexOf('#') + 1));
		});
	}

	@Test
	@DisplayName("requests are counted per route template, never per raw id")
	void requestsByRouteTemplate() throws Exception {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Theo mẫu đường dẫn", "tacgia.hn", "Nguyễn Văn An"));
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + draft).statusCode()).isEqualTo(200);

		List<String> routes = new ArrayList<>();
		scrape().lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")).forEach(line -> {
			Matcher route = ROUTE.matcher(line);
			if (route.find()) {
				routes.add(route.group(1));
			}
		});
		assertThat(routes).contains("/api/initiatives/{id}");
		assertThat(routes).noneMatch(route -> RAW_ID.matcher(route).find());
	}

	@Test
	@DisplayName("an incident raises the incident gauge at the next refresh and its resolution lowers it again")
	void incidentGauge() throws Exception {
		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Sự cố đo được");
		String waiting = steps.taskOf(submitted, "supportTeamReview").getExecutionId();
		gauges.refreshAll();
		double before = value(scrape(), "sangkien_incidents_open", "type=\"metricsTest\"");

		Incident incident = runtime.createIncident("metricsTest", waiting, "made by MetricsTest");
		try {
			gauges.refreshAll();
			assertThat(value(scrape(), "sangkien_incidents_open", "type=\"metricsTest\"")).isEqualTo(before + 1);
		}
		finally {
			runtime.resolveIncident(incident.getId());
		}
		gauges.refreshAll();
		assertThat(value(scrape(), "sangkien_incidents_open", "type=\"metricsTest\"")).isEqualTo(before);
	}

	@Test
	@DisplayName("a task past its due date (its escalation's moment) counts as overdue at its step")
	void overdueTaskGauge() throws Exception {
		Task review = steps.taskOf(InitiativeDrafts.submitted(api, "tacgia.hn", "Quá hạn đo được"), "supportTeamReview");
		Date due = review.getDueDate();
		gauges.refreshAll();
		double before = value(scrape(), "sangkien_tasks_overdue", "step=\"supportTeamReview\"");

		// The engine's dates are real time (workflow.EngineTime): a day ago is past, whatever the programme's clock.
		review.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
		tasks.saveTask(review);
		try {
			gauges.refreshAll();
			assertThat(value(scrape(), "sangkien_tasks_overdue", "step=\"supportTeamReview\"")).isEqualTo(before + 1);
		}
		finally {
			review.setDueDate(due);
			tasks.saveTask(review);
		}
		gauges.refreshAll();
		assertThat(value(scrape(), "sangkien_tasks_overdue", "step=\"supportTeamReview\"")).isEqualTo(before);
	}

	@Test
	@DisplayName("a submission counts once, opens a task at its step; an upload waits in its window, then counts once")
	void submissionsTasksAndUploads() throws Exception {
		gauges.refreshAll();
		String before = scrape();

		long initiative = steps.recognised("Đếm nộp và đưa lên cổng");
		gauges.refreshAll();
		String recognised = scrape();
		assertThat(value(recognised, "sangkien_initiatives_submitted_total", ""))
			.isEqualTo(value(before, "sangkien_initiatives_submitted_total", "") + 1);
		assertThat(value(recognised, "sangkien_tasks_open", "step=\"portalUpload\""))
			.isEqualTo(value(before, "sangkien_tasks_open", "step=\"portalUpload\"") + 1);
		assertThat(value(recognised, "sangkien_upload_window_waiting", "phase=\"PHASE_2\""))
			.isEqualTo(value(before, "sangkien_upload_window_waiting", "phase=\"PHASE_2\"") + 1);
		assertThat(value(recognised, "sangkien_upload_window_closes_in_seconds", "phase=\"PHASE_2\"")).isPositive();

		steps.complete("canbo.hn", initiative, "portalUpload", "{\"uploadedToPortal\":true}");
		gauges.refreshAll();
		String uploaded = scrape();
		assertThat(value(uploaded, "sangkien_portal_uploads_total", ""))
			.isEqualTo(value(before, "sangkien_portal_uploads_total", "") + 1);
		assertThat(value(uploaded, "sangkien_upload_window_waiting", "phase=\"PHASE_2\""))
			.isEqualTo(value(before, "sangkien_upload_window_waiting", "phase=\"PHASE_2\""));
	}

	private String scrape() throws IOException, InterruptedException {
		HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		return scrape.body();
	}

	private HttpResponse<String> get(int toPort, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Set<String> metricsIn(String expression) {
		Set<String> found = new TreeSet<>();
		Matcher metric = METRIC_IN_EXPRESSION.matcher(expression);
		while (metric.find()) {
			found.add(metric.group());
		}
		return found;
	}

	/** The names of the samples of a scrape (Prometheus text format). */
	private static Set<String> names(String scrape) {
		Set<String> names = new TreeSet<>();
		scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
			.forEach(line -> names.add(line.split("[{ ]", 2)[0]));
		return names;
	}

	/** The sum of the samples of {@code name} whose labels contain {@code label}; 0 when there is none. */
	private static double value(String scrape, String name, String label) {
		return scrape.lines()
			.filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter(line -> line.contains(label))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}
}
