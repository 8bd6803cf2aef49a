package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SqlStatements;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The numbers of docs/benchmarks/explain.md, "Task reads": 5,000 open tasks of one support team and 20,000 of 400
 * other units, made by the engine; the inbox read the way it was (Camunda's task query, then the business keys; the
 * list to decide checked task by task) and the way it is, 100 calls each. Not a test of the build (its name does not
 * end in Test): {@code mvn -B test -Dtest=TaskReadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PlatformTest
@DisplayName("Task reads with 25,000 open tasks: before and after")
class TaskReadsBenchmark {

	static final String PROCESS = "taskReadsBenchmark";

	static final String STEP = "supportTeamReview";

	static final String UNIT = "CDCS-88-0000";

	static final int TEAM_TASKS = 5_000;

	static final int OTHER_UNITS = 400;

	static final int TASKS_PER_OTHER_UNIT = 50;

	static final int CALLS = 100;

	@Autowired
	TaskInbox inbox;

	@Autowired
	TaskAuthority authority;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	PlatformUser reviewer = PlatformUser.of("hotro.88", "hotro.88", Role.SUPPORT_TEAM, UNIT);

	@Test
	void measure() {
		String deployment = repository.createDeployment()
			.addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.userTask(STEP).name("Tổ hỗ trợ xem xét").camundaCandidateGroups("${group}")
				.endEvent()
				.done())
			.deploy()
			.getId();
		try {
			long started = System.nanoTime();
			int key = 0;
			for (int unit = 0; unit <= OTHER_UNITS; unit++) {
				String code = "CDCS-88-%04d".formatted(unit);
				int count = unit == 0 ? TEAM_TASKS : TASKS_PER_OTHER_UNIT;
				for (int from = 0; from < count; from += 500) {
					int first = key;
					int batch = Math.min(500, count - from);
					new TransactionTemplate(transactions).executeWithoutResult(status -> {
						for (int i = 0; i < batch; i++) {
							long initiative = -1_000_000L - first - i;
							runtime.startProcessInstanceByKey(PROCESS, String.valueOf(initiative),
									Map.of("group", Role.SUPPORT_TEAM.candidateGroup(code), "initiativeId", initiative));
						}
					});
					key += batch;
				}
			}
			System.out.printf("BENCH made %d open tasks through the engine in %.0f s%n", key,
					(System.nanoTime() - started) / 1e9);
			jdbc.execute("analyze act_ru_task");
			jdbc.execute("analyze act_ru_identitylink");
			jdbc.execute("analyze act_ru_execution");
			jdbc.execute("analyze act_ru_variable");
			System.out.println("BENCH open tasks in the database: "
					+ jdbc.queryForObject("select count(*) from act_ru_task", Long.class));

			// The same tasks (the order of tasks made in the same millisecond aside: Camunda's query has no tie-break).
			assertThat(inbox.of(reviewer, 4950, 100)).hasSize(50);
			assertThat(inbox.countsOf(reviewer, java.time.Instant.now())).singleElement()
				.satisfies(step -> assertThat(step.count()).isEqualTo(TEAM_TASKS));

			report("inbox, first page of 50, before", () -> before(0, 50));
			report("inbox, first page of 50, after", () -> inbox.of(reviewer, 0, 50));
			report("inbox, page at 4,950, before", () -> before(4950, 50));
			report("inbox, page at 4,950, after", () -> inbox.of(reviewer, 4950, 50));
			report("inbox counts per step (5,000), after", () -> inbox.countsOf(reviewer, java.time.Instant.now()));
			report("list to decide (200), before", this::decidableBefore);
			report("list to decide (200), after", () -> inbox.decidable(reviewer, STEP));

			explain("after", SqlStatements.of(() -> inbox.of(reviewer, 0, 50)).get(0), TaskInbox.ESCALATED_GROUPS,
					groups(), reviewer.username(), null, null, reviewer.username(), 0, 50);
			explain("before", SqlStatements.of(() -> before(0, 50)).get(0), reviewer.username(),
					Role.SUPPORT_TEAM.candidateGroup(UNIT), 50, 0);
		}
		finally {
			long removing = System.nanoTime();
			repository.deleteDeployment(deployment, true);
			System.out.printf("BENCH removed in %.0f s%n", (System.nanoTime() - removing) / 1e9);
		}
	}

	/** The inbox as it was: Camunda's task query for the groups and the name, then the business keys of the page. */
	private List<TaskInbox.InboxTask> before(int first, int max) {
		List<Task> page = tasks.createTaskQuery()
			.or().taskCandidateGroupIn(reviewer.candidateGroups()).includeAssignedTasks().taskAssignee(reviewer.username()).endOr()
			.orderByTaskCreateTime().asc()
			.listPage(first, max);
		Map<String, String> keys = runtime.createProcessInstanceQuery()
			.processInstanceIds(page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list().stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		return page.stream()
			.map(task -> new TaskInbox.InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
					keys.get(task.getProcessInstanceId()), task.getAssignee(), task.getCreateTime().toInstant(), null))
			.toList();
	}

	/** The list to decide as it was: 200 tasks of the step, then TaskAuthority's checks task by task. */
	private List<String> decidableBefore() {
		List<String> allowed = new ArrayList<>();
		for (Task task : tasks.createTaskQuery()
			.or().taskCandidateGroupIn(reviewer.candidateGroups()).includeAssignedTasks().taskAssignee(reviewer.username()).endOr()
			.taskDefinitionKey(STEP)
			.orderByTaskCreateTime().asc()
			.listPage(0, TaskInbox.MAX_PAGE)) {
			try {
				authority.actionable(reviewer, task.getId());
				allowed.add(task.getId());
			}
			catch (ProblemException refused) {
				// left out, as before
			}
		}
		return allowed;
	}

	private void report(String what, Supplier<?> read) {
		for (int i = 0; i < 5; i++) {
			read.get();
		}
		int statements = SqlStatements.of(read::get).size();
		long[] nanos = new long[CALLS];
		for (int i = 0; i < CALLS; i++) {
			long start = System.nanoTime();
			read.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("BENCH | %s | %d | %.1f | %.1f | %.1f |%n", what, statements, nanos[CALLS / 2] / 1e6,
				nanos[CALLS * 95 / 100 - 1] / 1e6, nanos[CALLS - 1] / 1e6);
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement, its parameters written in. */
	private void explain(String label, String sql, Object... parameters) {
		StringBuilder literal = new StringBuilder();
		int next = 0;
		for (char c : sql.toCharArray()) {
			literal.append(c == '?' ? literal(parameters[next++]) : String.valueOf(c));
		}
		assertThat(next).as("parameters of %s", sql).isEqualTo(parameters.length);
		System.out.println("BENCH EXPLAIN " + label + "\n" + literal);
		jdbc.queryForList("explain (analyze, buffers) " + literal, String.class)
			.forEach(line -> System.out.println("BENCH PLAN " + line));
	}

	private static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String[] array) {
			return Arrays.stream(array).map(TaskReadsBenchmark::literal).collect(Collectors.joining(",", "array[", "]"));
		}
		return value instanceof Number ? value.toString() : "'" + value + "'";
	}

	private String[] groups() {
		return reviewer.candidateGroups().toArray(String[]::new);
	}
}
