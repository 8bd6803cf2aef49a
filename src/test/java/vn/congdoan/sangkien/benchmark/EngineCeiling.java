package vn.congdoan.sangkien.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The engine's own ceiling: a Camunda engine built here, on a database of its own in the platform's
 * PostgreSQL server, with the platform's history level and no job executor, doing what a lifecycle
 * asks of it at the least: start, then three user tasks, each found by its candidate group and completed.
 */
final class EngineCeiling implements AutoCloseable {

	static final String DATABASE = "sangkien_benchmark_engine";

	private static final String PROCESS = "benchmarkLifecycle";

	/** The groups of the platform's three steps: support team, council, union officer of one unit. */
	private static final List<String> GROUPS = List.of("support-team:CDCS-01-0001", "council:CDCS-01-0001",
			"union-officer:CDCS-01-0001");

	private final Database server;

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	private EngineCeiling(Database server, HikariDataSource dataSource, ProcessEngine engine) {
		this.server = server;
		this.dataSource = dataSource;
		this.engine = engine;
	}

	/** A fresh database, so that the run starts from empty tables whatever a previous run left. */
	static EngineCeiling start(Database server) throws SQLException {
		server.execute("drop database if exists " + DATABASE);
		server.execute("create database " + DATABASE);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.urlOf(DATABASE));
		dataSource.setUsername(server.user());
		dataSource.setPassword(server.password());
		// The platform's pool size (application.yaml).
		dataSource.setMaximumPoolSize(20);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("benchmark");
		configuration.setDataSource(dataSource);
		configuration.setDatabaseSchemaUpdate("true");
		configuration.setJobExecutorActivate(false);
		configuration.setHistory("audit");
		ProcessEngine engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", model()).deploy();
		return new EngineCeiling(server, dataSource, engine);
	}

	private static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess(PROCESS)
			.startEvent()
			.userTask("supportTeamReview").camundaCandidateGroups(GROUPS.get(0))
			.userTask("councilRecognition").camundaCandidateGroups(GROUPS.get(1))
			.userTask("portalUpload").camundaCandidateGroups(GROUPS.get(2))
			.endEvent()
			.done();
	}

	Throughput.Result lifecycles(int threads, Duration warmUp, Duration measured) throws InterruptedException {
		TaskService tasks = engine.getTaskService();
		// The engine works in the client threads themselves: their CPU is the engine's.
		return Throughput.measure(threads, warmUp, measured, () -> {
		}, RequestCpu.ofClientThreads(), n -> {
			String businessKey = threads + ":" + n;
			engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey);
			for (String group : GROUPS) {
				Task task = tasks.createTaskQuery()
					.taskCandidateGroup(group)
					.processInstanceBusinessKey(businessKey)
					.singleResult();
				tasks.complete(task.getId(), Map.of("decision", "accept"));
			}
		});
	}

	/** The engine's database goes: the server is left as the benchmark found it. */
	@Override
	public void close() throws SQLException {
		engine.close();
		dataSource.close();
		server.execute("drop database if exists " + DATABASE);
	}

	/** The platform's PostgreSQL server, reached with the URL of one of its databases. */
	record Database(String url, String user, String password) {

		void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

		/** The same server, another database: {@code jdbc:postgresql://host:port/name?options}. */
		String urlOf(String database) {
			return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
		}
	}
}
