package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.FaultTest;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.KeycloakAdmin;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.SecondNode;

/**
 * Issue 12, section 1: a node killed with SIGKILL while authors write and submit and support teams claim and
 * complete, on it, as fast as it answers. Afterwards, on the test run's own node (the same database, as the
 * load balancer's next node): every request that got a 2xx is there exactly once and its process is at the step
 * it says; a request cut by the kill left nothing or all of it, and its retry with the same Idempotency-Key got
 * one answer; no process without its initiative, no initiative half-written. The accounts and the grassroots
 * union are the test's own ({@value #UNIT}, which no demo user works in): no other test's inbox or count sees them.
 */
@FaultTest
@DisplayName("kill -9 of a node under load: everything it acknowledged is there once, at its step; nothing half-written, no orphan process")
class KilledNodeTest {

	private static final Logger log = LoggerFactory.getLogger(KilledNodeTest.class);

	static final String UNIT = "CDCS-01-0002";

	static final int AUTHORS = 16;

	static final int REVIEWERS = 6;

	/** Acknowledged work of each kind before the kill: enough that the checks below have something to check. */
	static final int SUBMITTED_BEFORE_KILL = 30;

	static final int COMPLETED_BEFORE_KILL = 8;

	@Value("${sangkien.keycloak.url}")
	String keycloakUrl;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	ApiClient survivingNode;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	IncompleteEventPublications incompletePublications;

	/** What the killed node acknowledged (a 2xx), and what its clients were sending when it died. */
	final Queue<Drafted> drafted = new ConcurrentLinkedQueue<>();

	final Queue<Submitted> submitted = new ConcurrentLinkedQueue<>();

	final Queue<Claimed> claimed = new ConcurrentLinkedQueue<>();

	final Queue<Completed> completed = new ConcurrentLinkedQueue<>();

	final Queue<Cut> cut = new ConcurrentLinkedQueue<>();

	/** Answers that are neither a 2xx nor the kill: each is a failure of the test, said with its body. */
	final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

	final Map<Integer, AtomicInteger> answers = new ConcurrentSkipListMap<>();

	final AtomicInteger inFlight = new AtomicInteger();

	/** Retries answered from what the killed node had committed before its answer was lost. */
	final AtomicInteger replayed = new AtomicInteger();

	/** Submitted initiatives for the support team, each taken by one reviewer. */
	final BlockingQueue<Long> toReview = new LinkedBlockingQueue<>();

	volatile boolean killed;

	@Test
	@DisplayName("20+ clients on a node killed mid-request; after it, on the other node: all acknowledged, once, at its step; in-flight requests all or nothing")
	void killedUnderLoad() throws Exception {
		KeycloakAdmin keycloak = new KeycloakAdmin(keycloakUrl, tokens);
		List<String> authors = IntStream.rangeClosed(1, AUTHORS).mapToObj(n -> "k9.tacgia%02d".formatted(n)).toList();
		List<String> reviewers = IntStream.rangeClosed(1, REVIEWERS).mapToObj(n -> "k9.hotro%02d".formatted(n)).toList();
		authors.forEach(author -> keycloak.createUser(author, "Tác giả", author, "author:" + UNIT));
		reviewers.forEach(reviewer -> keycloak.createUser(reviewer, "Tổ hỗ trợ", reviewer, "support-team:" + UNIT));
		SecondNode node = SecondNode.start("node-killed", environment, clock);
		try {
			node.awaitReady(Duration.ofMinutes(4));
			ApiClient doomed = new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.baseUrl())), tokens);
			// Every client has its token before the load: the kill, not Keycloak, is what this test is about.
			authors.forEach(tokens::accessToken);
			reviewers.forEach(tokens::accessToken);

			ExecutorService clients = Executors.newFixedThreadPool(AUTHORS + REVIEWERS);
			List<Future<?>> running = new ArrayList<>();
			authors.forEach(author -> running.add(clients.submit(() -> write(author, doomed))));
			reviewers.forEach(reviewer -> running.add(clients.submit(() -> review(reviewer, doomed))));

			Instant loadStarted = Instant.now();
			await("acknowledged work, and requests in flight").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
				.until(() -> !unexpected.isEmpty() || submitted.size() >= SUBMITTED_BEFORE_KILL
						&& completed.size() >= COMPLETED_BEFORE_KILL && inFlight.get() > 0);
			int inFlightAtKill = inFlight.get();
			killed = true;
			node.kill();
			Duration underLoad = Duration.between(loadStarted, Instant.now());
			clients.shutdown();
			assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).as("every client stopped").isTrue();
			for (Future<?> client : running) {
				client.get();
			}
			assertThat(unexpected).as("answers of the node before it died").isEmpty();
			// What a node restarted after the kill does first (republish-outstanding-events-on-restart): the events the
			// killed node had committed but not yet handed to its listeners are handed over, and each is handled.
			incompletePublications.resubmitIncompletePublications(publication -> true);
			EventPublications.awaitAllHandled(jdbc);

			int retried = retryCutRequests();
			checkAcknowledged(authors);
			assertThat(damage()).as("damage a crash could leave").isEmpty();
			checkTheChecksSeeDamage();

			log.info("""
					kill -9 under load: {} clients for {} s, then SIGKILL with {} requests in flight; acknowledged before \
					the kill: {} drafts, {} submissions, {} claims, {} completions; answers {}; cut by the kill: {} \
					({} retried with their Idempotency-Key on the other node, {} of them answered from what the killed node \
					had committed); checks passed: every acknowledged \
					request once and at its step, no orphan process, no half-written initiative""",
					AUTHORS + REVIEWERS, underLoad.toSeconds(), inFlightAtKill, drafted.stream().filter(d -> !d.retried()).count(),
					submitted.stream().filter(s -> !s.retried()).count(), claimed.size(), completed.size(), answerCounts(),
					cut.size(), retried, replayed.get());
		}
		finally {
			if (node.isAlive()) {
				node.close();
			}
			leaveNothingOpen(authors);
			authors.forEach(keycloak::removeUser);
			reviewers.forEach(keycloak::removeUser);
		}
	}

	/** An author writes a draft and submits it, again and again, each request retry-safe with its own key. */
	private void write(String author, ApiClient node) {
		for (int n = 1; !killed; n++) {
			String content = content(author, n);
			String draftKey = author + "-draft-" + n;
			Optional<ApiClient.Response> created = send(author, "draft", draftKey, "/api/initiatives", content,
					() -> node.postWithKey(author, "/api/initiatives", content, draftKey));
			if (created.isEmpty() || !expect(created.get(), 201, author + " drafts")) {
				return;
			}
			long id = created.get().body().path("id").asLong();
			drafted.add(new Drafted(author, draftKey, id, false));
			String submitKey = author + "-submit-" + n;
			String path = "/api/initiatives/" + id + "/submit";
			Optional<ApiClient.Response> sent = send(author, "submit", submitKey, path, null,
					() -> node.postWithKey(author, path, null, submitKey));
			if (sent.isEmpty() || !expect(sent.get(), 200, author + " submits " + id)) {
				return;
			}
			submitted.add(new Submitted(author, submitKey, id, false));
			toReview.add(id);
		}
	}

	/** A member of the support team takes the next submitted initiative's review task, claims it and accepts it. */
	private void review(String reviewer, ApiClient node) {
		try {
			while (!killed) {
				Long id = toReview.poll(100, TimeUnit.MILLISECONDS);
				if (id == null) {
					continue;
				}
				String task = reviewTask(id).getId();
				String claim = "/api/tasks/" + task + "/claim";
				Optional<ApiClient.Response> taken = send(reviewer, "claim", null, claim, null, () -> node.post(reviewer, claim, null));
				if (taken.isEmpty() || !expect(taken.get(), 204, reviewer + " claims " + task)) {
					return;
				}
				claimed.add(new Claimed(reviewer, task, id));
				String complete = "/api/tasks/" + task + "/complete";
				String accept = "{\"supportTeamDecision\":\"accept\"}";
				Optional<ApiClient.Response> done = send(reviewer, "complete", null, complete, accept,
						() -> node.post(reviewer, complete, accept));
				if (done.isEmpty() || !expect(done.get(), 204, reviewer + " completes " + task)) {
					return;
				}
				completed.add(new Completed(reviewer, task, id));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The request's answer, or nothing if the node died under it (connection reset or refused). */
	private Optional<ApiClient.Response> send(String client, String request, String key, String path, String body,
			Supplier<ApiClient.Response> call) {
		inFlight.incrementAndGet();
		try {
			ApiClient.Response response = call.get();
			answers.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
			return Optional.of(response);
		}
		catch (RestClientException e) {
			// Cut before the answer (reset, refused) or in its middle: a compressed answer comes in chunks, and the
			// kill may fall between them, after the request committed. Either way the client does not know.
			if (!(e instanceof ResourceAccessException) && !(NestedExceptionUtils.getMostSpecificCause(e) instanceof IOException)) {
				throw e;
			}
			if (!killed) {
				unexpected.add(client + " " + request + " " + path + ": " + e);
			}
			cut.add(new Cut(client, request, key, path, body));
			return Optional.empty();
		}
		finally {
			inFlight.decrementAndGet();
		}
	}

	private boolean expect(ApiClient.Response response, int status, String what) {
		if (response.statusCode() != status) {
			unexpected.add(what + ": HTTP " + response.statusCode() + " " + response.body());
			return false;
		}
		return true;
	}

	/**
	 * A client whose draft or submission was cut sends it again, with the same key, to the node still running: the
	 * answer is the one the killed node committed (replayed), or, if it committed nothing, a fresh one. Claims and
	 * completions carry no key: they are left as they are, all or nothing, for the checks.
	 */
	private int retryCutRequests() {
		int retried = 0;
		for (Cut request : cut) {
			if (request.key() == null) {
				continue;
			}
			ApiClient.Response again = survivingNode.postWithKey(request.client(), request.path(), request.body(), request.key());
			if ("true".equals(again.headers().getFirst("Idempotent-Replayed"))) {
				replayed.incrementAndGet();
			}
			if (request.kind().equals("draft")) {
				assertThat(again.statusCode()).as("%s retried: %s", request, again.body()).isEqualTo(201);
				drafted.add(new Drafted(request.client(), request.key(), again.body().path("id").asLong(), true));
			}
			else {
				assertThat(again.statusCode()).as("%s retried: %s", request, again.body()).isEqualTo(200);
				submitted.add(new Submitted(request.client(), request.key(), again.body().path("id").asLong(), true));
			}
			retried++;
		}
		return retried;
	}

	private void checkAcknowledged(List<String> authors) {
		Map<String, Set<Long>> idsByKey = drafted.stream()
			.collect(Collectors.groupingBy(Drafted::key, Collectors.mapping(Drafted::id, Collectors.toSet())));
		idsByKey.forEach((key, ids) -> assertThat(ids).as("initiatives for draft key %s, replay included", key).hasSize(1));
		for (String author : authors) {
			List<Long> stored = jdbc.queryForList("select id from initiative where author_username = ?", Long.class, author);
			assertThat(stored).as("%s's initiatives: each acknowledged draft once, nothing else", author)
				.containsExactlyInAnyOrderElementsOf(drafted.stream().filter(d -> d.author().equals(author))
					.map(Drafted::id).collect(Collectors.toSet()));
		}
		Set<Long> submittedIds = submitted.stream().map(Submitted::id).collect(Collectors.toSet());
		Set<Long> acceptedIds = completed.stream().map(Completed::initiativeId).collect(Collectors.toSet());
		for (Drafted draft : drafted) {
			long id = draft.id();
			assertThat(jdbc.queryForObject("select count(*) from contributor where initiative_id = ?", Long.class, id))
				.as("initiative %s's contributors, written with it", id).isEqualTo(2);
			List<ProcessInstance> processes = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
				.processDefinitionKey("initiativeLifecycle").list();
			String status = jdbc.queryForObject("select status from initiative where id = ?", String.class, id);
			if (!submittedIds.contains(id)) {
				// Never acknowledged as submitted, nor retried: a draft, whole.
				assertThat(status).as("initiative %s, its submission never sent", id).isEqualTo("DRAFT");
				assertThat(processes).as("processes of initiative %s", id).isEmpty();
				continue;
			}
			assertThat(processes).as("the one process of submitted initiative %s", id).hasSize(1);
			assertThat(jdbc.queryForObject("select process_instance_id from initiative where id = ?", String.class, id))
				.isEqualTo(processes.get(0).getId());
			assertThat(jdbc.queryForObject("select count(*) from decision where initiative_id = ? and step = 'submit'",
					Long.class, id)).as("initiative %s submitted once on its timeline", id).isEqualTo(1);
			if (acceptedIds.contains(id)) {
				assertThat(status).as("initiative %s, accepted by its support team", id).isEqualTo("IN_COUNCIL_REVIEW");
				assertThat(councilTask(id)).as("initiative %s waits for its council", id).isNotNull();
				assertThat(jdbc.queryForObject(
						"select count(*) from decision where initiative_id = ? and step = 'supportTeamReview'", Long.class, id))
					.as("initiative %s accepted once on its timeline", id).isEqualTo(1);
			}
			else {
				assertThat(status).as("initiative %s, submitted", id).isIn("IN_SUPPORT_REVIEW", "IN_COUNCIL_REVIEW");
			}
		}
		for (Completed done : completed) {
			HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(done.taskId()).singleResult();
			assertThat(task.getEndTime()).as("task %s, completed", done.taskId()).isNotNull();
			assertThat(task.getDeleteReason()).isEqualTo("completed");
			assertThat(task.getAssignee()).isEqualTo(done.reviewer());
		}
		for (Claimed taken : claimed) {
			Task open = taskService.createTaskQuery().taskId(taken.taskId()).singleResult();
			String assignee = open != null ? open.getAssignee()
					: history.createHistoricTaskInstanceQuery().taskId(taken.taskId()).singleResult().getAssignee();
			assertThat(assignee).as("task %s, claimed (and perhaps completed as the node died)", taken.taskId())
				.isEqualTo(taken.reviewer());
		}
	}

	/**
	 * What a crash could leave behind in the test's union, found by SQL on the platform's and Camunda's tables, by
	 * kind; empty if nothing. Each is one transaction in the code (InitiativeSubmission, TaskDecisions), so each
	 * would be a torn transaction.
	 */
	private Map<String, List<String>> damage() {
		Map<String, List<String>> found = new TreeMap<>();
		found.put("process of initiative-lifecycle without its initiative", jdbc.queryForList("""
				select e.proc_inst_id_ from act_ru_execution e
				join act_re_procdef d on d.id_ = e.proc_def_id_ and d.key_ = 'initiativeLifecycle'
				join act_ru_variable v on v.execution_id_ = e.id_ and v.name_ = 'unitCode' and v.text_ = ?
				where e.id_ = e.proc_inst_id_ and not exists (select 1 from initiative i
				    where cast(i.id as varchar) = e.business_key_ and i.process_instance_id = e.proc_inst_id_)""",
				String.class, UNIT));
		found.put("submitted initiative without a running or finished process", jdbc.queryForList("""
				select cast(i.id as varchar) from initiative i where i.unit_code = ? and i.status <> 'DRAFT'
				and not exists (select 1 from act_ru_execution e where e.id_ = i.process_instance_id)
				and not exists (select 1 from act_hi_procinst h where h.id_ = i.process_instance_id and h.end_time_ is not null)""",
				String.class, UNIT));
		found.put("initiative half-written: its status, submission date, process and timeline disagree", jdbc.queryForList("""
				select cast(i.id as varchar) from initiative i where i.unit_code = ? and (
				    (i.status = 'DRAFT') <> (i.submitted_at is null)
				    or (i.status = 'DRAFT') <> (i.process_instance_id is null)
				    or (i.status = 'DRAFT') = exists (select 1 from decision d where d.initiative_id = i.id and d.step = 'submit'))""",
				String.class, UNIT));
		found.put("initiative whose status is not its process's step", jdbc.queryForList("""
				select cast(i.id as varchar) from initiative i where i.unit_code = ?
				and i.status in ('IN_SUPPORT_REVIEW', 'IN_COUNCIL_REVIEW')
				and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = i.process_instance_id
				    and t.task_def_key_ = case i.status when 'IN_SUPPORT_REVIEW' then 'supportTeamReview' else 'councilRecognition' end)""",
				String.class, UNIT));
		found.values().removeIf(List::isEmpty);
		return found;
	}

	/**
	 * The checks above can fail: damage of each kind, planted in a transaction that is rolled back, is found by
	 * {@link #damage()} (which reads through the same transaction).
	 */
	private void checkTheChecksSeeDamage() {
		List<Long> submittedOnes = jdbc.queryForList("""
				select id from initiative where unit_code = ? and status in ('IN_SUPPORT_REVIEW', 'IN_COUNCIL_REVIEW')
				order by id limit 3""", Long.class, UNIT);
		assertThat(submittedOnes).as("initiatives to plant damage on").hasSize(3);
		String orphaned = jdbc.queryForObject("select process_instance_id from initiative where id = ?", String.class,
				submittedOnes.get(0));
		new TransactionTemplate(transactions).executeWithoutResult(planting -> {
			jdbc.update("update initiative set process_instance_id = 'gone' where id = ?", submittedOnes.get(0));
			jdbc.update("update initiative set status = 'DRAFT' where id = ?", submittedOnes.get(1));
			jdbc.update("""
					update initiative set status = case status when 'IN_SUPPORT_REVIEW' then 'IN_COUNCIL_REVIEW'
					    else 'IN_SUPPORT_REVIEW' end where id = ?""", submittedOnes.get(2));
			Map<String, List<String>> found = damage();
			assertThat(found.get("process of initiative-lifecycle without its initiative")).containsExactly(orphaned);
			assertThat(found.get("submitted initiative without a running or finished process"))
				.containsExactly(String.valueOf(submittedOnes.get(0)));
			assertThat(found.get("initiative half-written: its status, submission date, process and timeline disagree"))
				.containsExactly(String.valueOf(submittedOnes.get(1)));
			assertThat(found.get("initiative whose status is not its process's step"))
				.containsExactlyInAnyOrder(String.valueOf(submittedOnes.get(0)), String.valueOf(submittedOnes.get(2)));
			planting.setRollbackOnly();
		});
	}

	/** The test's initiatives withdrawn (so that nothing waits in an inbox) or, if drafts, deleted. */
	private void leaveNothingOpen(List<String> authors) {
		for (String author : authors) {
			jdbc.queryForList("select id, status from initiative where author_username = ?", author).forEach(row -> {
				long id = ((Number) row.get("id")).longValue();
				ApiClient.Response answer = "DRAFT".equals(row.get("status"))
						? survivingNode.delete(author, "/api/initiatives/" + id)
						: survivingNode.post(author, "/api/initiatives/" + id + "/withdraw", null);
				if (answer.statusCode() >= 300) {
					log.warn("Could not clear initiative {} of {}: HTTP {} {}", id, author, answer.statusCode(), answer.body());
				}
			});
		}
	}

	private Task reviewTask(long initiativeId) {
		return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey("supportTeamReview").singleResult();
	}

	private Task councilTask(long initiativeId) {
		return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey("councilRecognition").singleResult();
	}

	/** A complete initiative, its author credited without an account (the register does not know test accounts). */
	private static String content(String author, int n) {
		return InitiativeDrafts.complete("Sáng kiến %d của %s".formatted(n, author), author, "Tác giả " + author)
			.replace("\"username\":\"" + author + "\"", "\"dateOfBirth\":\"1979-06-15\"");
	}

	private String answerCounts() {
		return answers.entrySet().stream().map(e -> "HTTP " + e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
	}

	record Drafted(String author, String key, long id, boolean retried) {
	}

	record Submitted(String author, String key, long id, boolean retried) {
	}

	record Claimed(String reviewer, String taskId, long initiativeId) {
	}

	record Completed(String reviewer, String taskId, long initiativeId) {
	}

	/** A request the node died under: {@code kind} draft, submit, claim or complete; key only for draft and submit. */
	record Cut(String client, String kind, String key, String path, String body) {
	}
}
