package vn.congdoan.sangkien.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.ApplicationMode;
import vn.congdoan.sangkien.initiative.ContributorInput;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.workflow.TaskDecisions;

/**
 * The national data set (README "National data set"): the union tree of 126,000 grassroots unions, millions
 * of finished initiatives with their timelines, Camunda history and running totals, bulk-loaded by SQL in
 * batches (src/main/resources/generator), and the open ones created through the platform and its engine,
 * so that running instances are exactly what the engine makes.
 * <p>
 * Each step and each batch is one transaction that also records itself in {@code generator_progress}: a
 * load stopped half-way (kill -9 included) goes on after the last finished one, and never loads one twice.
 * The SQL of the bulk load writes every module's tables, as a migration does: it stands for years of the
 * platform's own work, and is kept out of the modules' Java (docs/architecture.md).
 */
@Component
class NationalDataSet {

	private static final Log LOG = LogFactory.getLog(NationalDataSet.class);

	private static final String PROCESS = "initiativeLifecycle";

	/**
	 * How many open initiatives one transaction creates: fixed, not a setting, so that a run going on after a
	 * stop finds the same steps done (a step is a range of open initiatives).
	 */
	static final int OPEN_PER_STEP = 50;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final RepositoryService repository;

	private final InitiativeSubmission submission;

	private final TaskDecisions decisions;

	private final TaskService tasks;

	private final Members members;

	NationalDataSet(JdbcTemplate jdbc, TransactionTemplate transactions, RepositoryService repository,
			InitiativeSubmission submission, TaskDecisions decisions, TaskService tasks, Members members) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.repository = repository;
		this.submission = submission;
		this.decisions = decisions;
		this.tasks = tasks;
		this.members = members;
	}

	/** Loads what is not loaded yet; returns how many steps it ran (0: everything was there). */
	int load(NationalDataSetSettings settings) {
		long planned = settings.initiatives() - settings.openTasks();
		if (planned < 0) {
			throw new IllegalArgumentException("More open tasks (" + settings.openTasks() + ") than initiatives ("
					+ settings.initiatives() + ")");
		}
		int ran = 0;
		long started = System.nanoTime();
		if (step("units", () -> {
			long before = jdbc.queryForObject(query("last-initiative"), Long.class);
			script("units.sql", Map.of("directSuperiors", settings.directSuperiors(), "grassroots", settings.grassroots()));
			script("totals.sql", Map.of("first", 0, "last", before));
			// The finished initiatives' ids are kept for them: the platform's own go after them.
			jdbc.queryForObject("select setval(pg_get_serial_sequence('initiative', 'id'), ?)", Long.class,
					before + planned + 1);
			return before + "+" + planned;
		})) {
			ran++;
			LOG.info("Union tree loaded in " + seconds(started) + " s");
		}
		// The plan of the first run holds when a later one goes on with other settings (more open tasks, say).
		String[] plan = jdbc.queryForObject("select detail from generator_progress where step = 'units'", String.class)
			.split("\\+");
		long base = Long.parseLong(plan[0]);
		long finished = Long.parseLong(plan[1]);
		int slots = jdbc.queryForObject("select count(*) from generator_unit_slot", Integer.class);
		String processDefinition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
			.latestVersion().singleResult().getId();
		long batches = (finished + settings.batchSize() - 1) / settings.batchSize();
		List<Callable<Boolean>> loads = new ArrayList<>();
		for (long batch = 0; batch < batches; batch++) {
			long number = batch + 1;
			long first = base + 1 + batch * settings.batchSize();
			long last = Math.min(base + finished, first + settings.batchSize() - 1);
			loads.add(() -> {
				long batchStarted = System.nanoTime();
				boolean loaded = step("batch-%06d".formatted(number), () -> {
					script("batch.sql", Map.of("first", first, "last", last, "slots", slots, "processDefinitionId",
							processDefinition));
					script("totals.sql", Map.of("first", first, "last", last));
					return first + "-" + last;
				});
				if (loaded) {
					LOG.info("Batch %d/%d (initiatives %d-%d) loaded in %s s".formatted(number, batches, first, last,
							seconds(batchStarted)));
				}
				return loaded;
			});
		}
		ran += inParallel(settings.threads(), loads);
		ran += openInitiatives(settings, base + finished, slots);
		if (ran > 0) {
			jdbc.execute("analyze");
			LOG.info("National data set loaded in " + seconds(started) + " s (" + ran + " steps)");
		}
		return ran;
	}

	/**
	 * Live work: initiatives submitted through the platform and taken through the engine to each open step,
	 * the first ones all waiting for the support team of the biggest grassroots union.
	 */
	private int openInitiatives(NationalDataSetSettings settings, long lastFinished, int slots) {
		String busiest = busiestUnion();
		int chunks = (settings.openTasks() + OPEN_PER_STEP - 1) / OPEN_PER_STEP;
		List<Callable<Boolean>> creations = new ArrayList<>();
		for (int chunk = 0; chunk < chunks; chunk++) {
			int number = chunk + 1;
			int from = chunk * OPEN_PER_STEP;
			int to = Math.min(settings.openTasks(), from + OPEN_PER_STEP);
			creations.add(() -> {
				long chunkStarted = System.nanoTime();
				boolean created = step("live-%05d".formatted(number), () -> {
					for (int k = from; k < to; k++) {
						open(k, k < settings.busyTeamTasks() ? busiest : unitOfSlot(k, slots), k < settings.busyTeamTasks(),
								lastFinished);
					}
					return from + "-" + (to - 1);
				});
				if (created) {
					double took = (System.nanoTime() - chunkStarted) / 1e9;
					LOG.info("Open initiatives %d-%d created through the engine in %.1f s (%.1f per second in this thread)"
						.formatted(from, to - 1, took, (to - from) / took));
				}
				return created;
			});
		}
		long started = System.nanoTime();
		int ran = inParallel(settings.threads(), creations);
		if (ran > 0) {
			LOG.info("%d open initiatives created in %d s".formatted(settings.openTasks(),
					Duration.ofNanos(System.nanoTime() - started).toSeconds()));
		}
		return ran;
	}

	/**
	 * Runs independent steps on a few threads (the database works while the platform's side waits); returns how
	 * many ran, or throws the first failure once the others have finished.
	 */
	private static int inParallel(int threads, List<Callable<Boolean>> steps) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			int ran = 0;
			RuntimeException failure = null;
			for (Future<Boolean> done : pool.invokeAll(steps)) {
				try {
					ran += done.get() ? 1 : 0;
				}
				catch (ExecutionException e) {
					if (failure == null) {
						failure = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
					}
				}
			}
			if (failure != null) {
				throw failure;
			}
			return ran;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The grassroots union with the most members (generator/queries.sql). */
	String busiestUnion() {
		return jdbc.queryForObject(query("busiest-union"), String.class);
	}

	private String unitOfSlot(int k, int slots) {
		return jdbc.queryForObject("select unit_code from generator_unit_slot where slot = ?", String.class,
				new SplittableRandom(k).nextInt(slots));
	}

	private void open(int k, String unit, boolean busy, long lastFinished) {
		String lower = unit.toLowerCase(Locale.ROOT);
		PlatformUser author = person("tg." + lower + "." + (busy ? k % 300 : k % 20), Role.AUTHOR, unit);
		Map<String, Object> model = jdbc.queryForMap(query("model-initiative"), lastFinished - k);
		InitiativeContent content = new InitiativeContent(InitiativeKind.valueOf((String) model.get("kind")),
				(String) model.get("title"), (String) model.get("summary"),
				"Trước đây công việc làm thủ công, mất nhiều thời gian và dễ sai sót.",
				"Thiết kế lại cách làm, thử nghiệm ba tháng rồi áp dụng cho toàn đơn vị.", "Tại đơn vị",
				ApplicationMode.APPLIED, LocalDate.of(2022, 3, 1), 12_000_000L, null,
				"Ý tưởng từ góp ý của công nhân trong tổ.", null, null, null,
				List.of(ContributorInput.member(author.username(), new BigDecimal("100"), false)), null);
		// The author is named by their account (R-4.3 counts persons): a registered member, as the platform's own are.
		members.register(author.username(), author.displayName(), unit, TargetGroup.WORKER);
		long[] id = new long[1];
		DemoInitiatives.actAs(author, () -> {
			id[0] = submission.createDraft(author, content).getId();
			submission.submit(author, id[0]);
		});
		if (busy) {
			return;
		}
		// Shares of the open steps: half wait for the support team, a quarter for the council, some for the portal.
		int stage = new SplittableRandom(-k).nextInt(100);
		PlatformUser supportTeam = person("hotro." + lower, Role.SUPPORT_TEAM, unit);
		if (stage < 50) {
			return;
		}
		if (stage < 58) {
			complete(supportTeam, id[0], "supportTeamReview", Map.of("supportTeamDecision", "return",
					"supportTeamComment", "Vui lòng nêu rõ hiệu quả đo được."));
			return;
		}
		complete(supportTeam, id[0], "supportTeamReview", Map.of("supportTeamDecision", "accept"));
		if (stage < 83) {
			return;
		}
		PlatformUser council = person("hoidong." + lower, Role.COUNCIL, unit);
		if (stage < 88) {
			complete(council, id[0], "councilRecognition", Map.of("councilDecision", "clarify", "councilReason",
					"Đề nghị làm rõ phạm vi áp dụng."));
			return;
		}
		complete(council, id[0], "councilRecognition", Map.of("councilDecision", "recognise", "recognitionDate",
				"2022-09-20", "noveltyConfirmed", true, "applicationConfirmed", true, "benefitConfirmed", true,
				"commendationProposed", false));
	}

	private void complete(PlatformUser user, long initiativeId, String step, Map<String, Object> values) {
		String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey(step).singleResult().getId();
		DemoInitiatives.actAs(user, () -> decisions.complete(user, task, values));
	}

	private PlatformUser person(String username, Role role, String unit) {
		return PlatformUser.of(username, jdbc.queryForObject("select generator_person_name(?)", String.class, username),
				role, unit);
	}

	/** Runs the work and records it as done, in one transaction; does nothing if it was done before. */
	private boolean step(String name, Supplier<String> work) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (jdbc.queryForObject("select count(*) from generator_progress where step = ?", Integer.class, name) > 0) {
				return false;
			}
			String detail = work.get();
			jdbc.update("insert into generator_progress (step, detail, finished_at) values (?, ?, now())", name, detail);
			return true;
		}));
	}

	/** A script of src/main/resources/generator with its ${name}s replaced by numbers or ids the generator chose. */
	private void script(String name, Map<String, Object> values) {
		String text;
		try {
			text = new ClassPathResource("generator/" + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (var value : values.entrySet()) {
			text = text.replace("${" + value.getKey() + "}", value.getValue().toString());
		}
		var script = new EncodedResource(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), name),
				StandardCharsets.UTF_8);
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			ScriptUtils.executeSqlScript(connection, script);
			return null;
		});
	}

	/** A query of src/main/resources/generator/queries.sql, by the name above it. */
	static String query(String name) {
		String queries;
		try {
			queries = new ClassPathResource("generator/queries.sql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int start = queries.indexOf("-- name: " + name + "\n");
		if (start < 0) {
			throw new IllegalArgumentException("No query " + name + " in generator/queries.sql");
		}
		return queries.substring(start, queries.indexOf(';', start));
	}

	private static String seconds(long startedNanos) {
		return String.valueOf(Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds());
	}
}
