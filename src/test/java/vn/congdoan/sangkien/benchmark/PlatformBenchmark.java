package vn.congdoan.sangkien.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.congdoan.sangkien.KeycloakTokens;

/**
 * The benchmark suite (docs/benchmarks/README.md), run against a platform that is already running:
 * the raw engine's ceiling against the platform's whole lifecycle, the reads, the deadline surge and
 * the heap, in one run on one PostgreSQL. Prints a table and writes it to target/benchmark.md.
 *
 * <pre>mvn -B -q -Pbenchmark test-compile exec:java -Dexec.args="--url=http://localhost:8080 ..."</pre>
 */
public final class PlatformBenchmark {

	private static final Set<String> PARTS = Set.of("engine", "lifecycle", "surge", "reads", "memory");

	private final Map<String, String> options;

	private final List<String[]> rows = new ArrayList<>();

	private PlatformBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("url", "http://localhost:8080");
		options.put("keycloak-url", "http://localhost:8180");
		options.put("jdbc-url", "jdbc:postgresql://localhost:15432/postgres");
		options.put("jdbc-user", "postgres");
		options.put("jdbc-password", "postgres");
		options.put("lifecycle-seconds", "30");
		options.put("warm-up-seconds", "10");
		options.put("read-samples", "200");
		options.put("surge-seconds", "120");
		options.put("surge-per-hour", "50000");
		options.put("surge-reads-per-second", "5");
		options.put("clients", "1,4");
		// The support team whose inbox is read; empty: the fuller of the demo's two (a national data set
		// names its 5,000-task team's account in its generated-users.csv, password "sangkien").
		options.put("team", "");
		options.put("team-password", KeycloakTokens.DEMO_PASSWORD);
		options.put("parts", String.join(",", "engine", "lifecycle", "surge", "reads", "memory"));
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			if (pair.length != 2 || !options.containsKey(pair[0])) {
				fail("Unknown option " + arg + "; options (with defaults): " + options);
			}
			options.put(pair[0], pair[1]);
		}
		for (String part : options.get("parts").split(",")) {
			if (!PARTS.contains(part)) {
				fail("Unknown part " + part + "; parts: " + PARTS);
			}
		}
		new PlatformBenchmark(options).run();
		// The HTTP clients' and pools' threads would keep Maven's JVM waiting.
		System.exit(0);
	}

	/** One line, and a non-zero exit: what a caller of a platform that is not there needs to know. */
	private static void fail(String line) {
		System.out.println(line);
		System.exit(2);
	}

	private void run() throws Exception {
		String url = options.get("url");
		String keycloakUrl = options.get("keycloak-url");
		reachable("platform", url + "/api/public/progress");
		reachable("Keycloak", keycloakUrl + "/realms/sangkien");
		EngineCeiling.Database database = new EngineCeiling.Database(options.get("jdbc-url"), options.get("jdbc-user"),
				options.get("jdbc-password"));
		try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
			// Reachable: the engine's own database is made on the same server.
		}
		catch (SQLException e) {
			fail("No PostgreSQL at " + database.url() + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
		}
		Set<String> parts = Set.of(options.get("parts").split(","));
		KeycloakTokens tokens = new KeycloakTokens(keycloakUrl, KeycloakTokens.BENCHMARK_CLIENT);
		Duration warmUp = Duration.ofSeconds(Long.parseLong(options.get("warm-up-seconds")));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.get("lifecycle-seconds")));

		Latencies lifecycleCalls = new Latencies();
		PlatformLifecycle lifecycle = new PlatformLifecycle(new PlatformCalls(url, tokens, lifecycleCalls));
		long published = lifecycle.published("Máy gấp áo tự động (trang đọc)");
		if (parts.contains("engine") || parts.contains("lifecycle")) {
			lifecycles(parts, database, lifecycle, lifecycleCalls, warmUp, measured);
		}
		if (parts.contains("surge")) {
			surge(url, tokens, lifecycle);
		}
		if (parts.contains("reads")) {
			reads(url, tokens, lifecycle, published);
		}
		if (parts.contains("memory")) {
			row("d. memory", "platform heap",
					platformProcess()
						.map(PlatformHeap::describe)
						.orElse("not read: no single local `java -jar` platform on this port (jcmd needs one)"),
					"runs with -Xmx1g", "answered every part above");
		}
		print();
	}

	private void lifecycles(Set<String> parts, EngineCeiling.Database database, PlatformLifecycle lifecycle,
			Latencies calls, Duration warmUp, Duration measured) throws Exception {
		EngineCeiling engine = parts.contains("engine") ? EngineCeiling.start(database) : null;
		try {
			for (String count : options.get("clients").split(",")) {
				int clients = Integer.parseInt(count);
				// Side by side: the engine and the platform one after the other at each number of clients.
				Throughput.Result raw = engine == null ? null
						: engine.lifecycles(clients, warmUp, measured, EngineCeiling.Shape.BARE);
				Throughput.Result shaped = engine == null ? null
						: engine.lifecycles(clients, warmUp, measured, EngineCeiling.Shape.PROGRAMME);
				if (raw != null) {
					row("a. lifecycle", "raw engine, " + clients + " client(s)", lifecyclesPerSecond(raw), "", "");
					row("a. lifecycle", "raw engine, the programme's BPMN shape, " + clients + " client(s)",
							lifecyclesPerSecond(shaped), "", "");
				}
				if (!parts.contains("lifecycle")) {
					continue;
				}
				Throughput.Result platform = lifecycle.lifecycles(clients, warmUp, measured, platformProcess());
				row("a. lifecycle", "platform over HTTP, " + clients + " client(s)", lifecyclesPerSecond(platform), "", "");
				if (raw != null) {
					double ratio = platform.perSecond() / raw.perSecond();
					row("a. lifecycle", "platform / engine, " + clients + " client(s)", "%.2f".formatted(ratio), ">= 0.70",
							verdict(ratio >= 0.7));
					row("a. lifecycle", "platform / engine with the programme's shape, " + clients + " client(s)",
							"%.2f".formatted(platform.perSecond() / shaped.perSecond()), "", "");
				}
				for (String call : List.of("draft", "submit", "inbox", "complete task")) {
					Latencies.Summary summary = calls.of(call);
					row("a. lifecycle", "  per call, " + clients + " client(s): " + call,
							"p50 %.1f ms, p95 %.1f ms (%d calls, %d errors)".formatted(summary.p(50), summary.p(95),
									summary.count(), summary.errors()),
							"", "");
				}
			}
		}
		finally {
			if (engine != null) {
				engine.close();
			}
		}
	}

	private void surge(String url, KeycloakTokens tokens, PlatformLifecycle lifecycle) throws InterruptedException {
		Latencies calls = new Latencies();
		double perHour = Double.parseDouble(options.get("surge-per-hour"));
		Duration length = Duration.ofSeconds(Long.parseLong(options.get("surge-seconds")));
		DeadlineSurge.Plan plan = new DeadlineSurge(new PlatformLifecycle(new PlatformCalls(url, tokens, calls)),
				new PlatformCalls(url, tokens, calls))
			.run(perHour, length, Double.parseDouble(options.get("surge-reads-per-second")));
		row("c. surge", "%.0f submissions and uploads an hour, for %d s".formatted(perHour, length.toSeconds()),
				"%d operations (%d submissions: draft + submit; %d uploads), %d inbox reads%s".formatted(plan.operations(),
						plan.submissions(), plan.uploads(), plan.reads(), plan.drained() ? "" : "; NOT all answered 2 min after"),
				"", "");
		for (String call : List.of("draft", "submit", "portal upload", DeadlineSurge.READ)) {
			Latencies.Summary summary = calls.of(call);
			row("c. surge", "  " + call, percentiles(summary), "", "");
		}
		Latencies.Summary all = calls.all("every request");
		row("c. surge", "every request", percentiles(all), "p99 < 500 ms, 0 errors",
				verdict(all.p(99) < 500 && all.errors() == 0));
	}

	private void reads(String url, KeycloakTokens tokens, PlatformLifecycle lifecycle, long published) {
		Latencies latencies = new Latencies();
		// The busiest support team: the one named, else the Đà Nẵng one after a surge, else Hà Nội's.
		String busiest = options.get("team");
		if (busiest.isEmpty()) {
			busiest = lifecycle.openTasks("hotro.dn", "supportTeamReview").size() >= lifecycle
				.openTasks("hotro.hn", "supportTeamReview").size() ? "hotro.dn" : "hotro.hn";
		}
		else {
			KeycloakTokens.usePassword(busiest, options.get("team-password"));
		}
		Map<String, String> open = lifecycle.openTasks(busiest, "supportTeamReview");
		if (open.isEmpty()) {
			lifecycle.submitted(busiest.equals("hotro.dn") ? "tacgia.dn" : "tacgia.hn", "Máy gấp áo (trang công việc)");
			open = lifecycle.openTasks(busiest, "supportTeamReview");
		}
		row("b. reads", "busiest support team", busiest + ", " + open.size() + " tasks waiting", "", "");
		Reads reads = new Reads(url, new PlatformCalls(url, tokens, latencies));
		int samples = Integer.parseInt(options.get("read-samples"));
		for (String name : reads.measure(Math.max(5, samples / 10), samples, busiest, published, open.values().iterator().next())) {
			Latencies.Summary summary = latencies.of(name);
			row("b. reads", name, percentiles(summary), "p95 < 50 ms", verdict(summary.p(95) < 50 && summary.errors() == 0));
		}
	}

	/** The platform's process, where it is a local {@code java -jar} on the URL's port. */
	private Optional<ProcessHandle> platformProcess() {
		int port = URI.create(options.get("url")).getPort();
		return PlatformHeap.platformOn(port == -1 ? 80 : port);
	}

	private static String lifecyclesPerSecond(Throughput.Result result) {
		return "%.1f lifecycles/s (%d in the measured time%s%s)".formatted(result.perSecond(), result.lifecycles(),
				Double.isNaN(result.cpuMillisPerLifecycle()) ? ""
						: "; %.1f ms of CPU in the engine's or the request threads each".formatted(result.cpuMillisPerLifecycle()),
				result.failures() == 0 ? "" : "; " + result.failures() + " failed: " + result.firstFailure());
	}

	private static String percentiles(Latencies.Summary summary) {
		return "p50 %.1f, p95 %.1f, p99 %.1f ms (%d, %d errors)".formatted(summary.p(50), summary.p(95), summary.p(99),
				summary.count(), summary.errors());
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

	private void row(String part, String measure, String result, String goal, String met) {
		rows.add(new String[] { part, measure, result, goal, met });
		// Progress as it comes: a run takes minutes.
		System.out.println(part + " | " + measure + " | " + result + (goal.isEmpty() ? "" : " | goal " + goal + ": " + met));
	}

	private void print() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("Benchmark of ").append(options.get("url")).append(", ")
			.append(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT))).append(", ")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores; options ").append(options).append("\n\n");
		table.append("| part | measure | result | goal | met |\n|---|---|---|---|---|\n");
		for (String[] row : rows) {
			table.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		System.out.println();
		System.out.print(table);
		Path report = Path.of("target", "benchmark.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, table, StandardCharsets.UTF_8);
		System.out.println("\nWritten to " + report.toAbsolutePath());
	}

	private static void reachable(String what, String url) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				fail("The " + what + " at " + url + " answers HTTP " + response.statusCode() + ": is it running with its demo data?");
			}
		}
		catch (IOException e) {
			fail("No " + what + " answers at " + url + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
					+ "): start it first (docs/benchmarks/README.md)");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("Interrupted");
		}
	}
}
