package vn.congdoan.sangkien.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
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
 * PostgreSQL server, with the platform's history level and no job executor. It runs a lifecycle two ways:
 * {@link Shape#BARE}, what a lifecycle asks of an engine at the least (start, then three user tasks, each
 * found by its candidate group and completed: the yardstick), and {@link Shape#PROGRAMME}, the
 * same three tasks shaped as initiative-lifecycle.bpmn shapes them, with no platform code: the review in
 * a sub-process the author's withdrawal may interrupt, a reminder and an escalation timer on every task and
 * the window's timer on the upload, the recognition's service steps, and the variables the forms set.
 * The gap between the two is the engine's work the programme's flow asks for; the gap between the second
 * and the platform is the platform's own.
 */
final class EngineCeiling implements AutoCloseable {

	static final String DATABASE = "sangkien_benchmark_engine";

	private static final String PROCESS = "benchmarkLifecycle";

	private static final String SHAPED_PROCESS = "benchmarkProgrammeLifecycle";

	/** Which process a lifecycle runs. */
	enum Shape {
		BARE, PROGRAMME
	}

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
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance(PROCESS + ".bpmn", model())
			.addModelInstance(SHAPED_PROCESS + ".bpmn", programmeShapedModel())
			.deploy();
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

	/**
	 * Shaped as the programme's: a message boundary on the review, two non-interrupting timers on each
	 * task (R-4's reminder and escalation, at the platform's default durations) and the window's
	 * interrupting timer on the upload, expression service steps where the platform has delegates.
	 */
	private static BpmnModelInstance programmeShapedModel() {
		return Bpmn.createExecutableProcess(SHAPED_PROCESS)
			.startEvent()
			.subProcess("beforeRecognition")
			.embeddedSubProcess()
			.startEvent()
			.userTask("supportTeamReview").camundaCandidateGroups(GROUPS.get(0))
			.boundaryEvent("supportTeamReviewReminder").cancelActivity(false).timerWithDuration("P7D").endEvent()
			.moveToActivity("supportTeamReview")
			.boundaryEvent("supportTeamReviewEscalation").cancelActivity(false).timerWithDuration("P21D").endEvent()
			.moveToActivity("supportTeamReview")
			.exclusiveGateway("supportTeamDecided")
			.condition("accepted", "${supportTeamDecision == 'accept'}")
			.userTask("councilRecognition").camundaCandidateGroups(GROUPS.get(1))
			.boundaryEvent("councilRecognitionReminder").cancelActivity(false).timerWithDuration("P30D").endEvent()
			.moveToActivity("councilRecognition")
			.boundaryEvent("councilRecognitionEscalation").cancelActivity(false).timerWithDuration("P90D").endEvent()
			.moveToActivity("councilRecognition")
			.exclusiveGateway("councilDecided")
			.condition("recognised", "${councilDecision == 'recognise'}")
			.endEvent("recognised")
			.moveToNode("supportTeamDecided")
			.condition("declined", "${supportTeamDecision != 'accept'}")
			.endEvent("declined")
			.moveToNode("councilDecided")
			.condition("refused", "${councilDecision != 'recognise'}")
			.endEvent("refused")
			.subProcessDone()
			.boundaryEvent("withdrawnByAuthor").message("initiativeWithdrawn").endEvent("withdrawn")
			.moveToActivity("beforeRecognition")
			.serviceTask("findRecognitionPhase").camundaExpression("${execution.setVariable('phase', 'PHASE_2')}")
			.serviceTask("markRecognised").camundaExpression("${execution.setVariable('status', 'AWAITING_UPLOAD')}")
			.userTask("portalUpload").camundaCandidateGroups(GROUPS.get(2))
			.boundaryEvent("portalUploadReminder").cancelActivity(false).timerWithDuration("P7D").endEvent()
			.moveToActivity("portalUpload")
			.boundaryEvent("portalUploadEscalation").cancelActivity(false).timerWithDuration("P21D").endEvent()
			.moveToActivity("portalUpload")
			.boundaryEvent("uploadWindowClosed").timerWithDuration("P90D").endEvent("missedWindow")
			.moveToActivity("portalUpload")
			.serviceTask("publishInitiative").camundaExpression("${execution.setVariable('status', 'PUBLISHED')}")
			.endEvent("published")
			.done();
	}

	Throughput.Result lifecycles(int threads, Duration warmUp, Duration measured, Shape shape)
			throws InterruptedException {
		TaskService tasks = engine.getTaskService();
		// The engine works in the client threads themselves: their CPU is the engine's.
		return Throughput.measure(threads, warmUp, measured, () -> {
		}, RequestCpu.ofClientThreads(), n -> {
			String businessKey = shape + ":" + threads + ":" + n;
			if (shape == Shape.BARE) {
				engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey);
				for (String group : GROUPS) {
					tasks.complete(taskOf(group, businessKey).getId(), Map.of("decision", "accept"));
				}
				return;
			}
			// The variables the platform starts with and its forms set, so that history holds as many.
			engine.getRuntimeService().startProcessInstanceByKey(SHAPED_PROCESS, businessKey,
					Map.of("initiativeId", n, "unitCode", "CDCS-01-0001", "author", "tacgia.hn"));
			Map<String, Object> accept = new HashMap<>();
			accept.put("supportTeamDecision", "accept");
			accept.put("supportTeamComment", null);
			tasks.complete(taskOf(GROUPS.get(0), businessKey).getId(), accept);
			Map<String, Object> recognise = new HashMap<>();
			recognise.put("councilDecision", "recognise");
			recognise.put("recognitionDate", "2022-09-20");
			recognise.put("noveltyConfirmed", true);
			recognise.put("applicationConfirmed", true);
			recognise.put("benefitConfirmed", true);
			recognise.put("councilReason", null);
			tasks.complete(taskOf(GROUPS.get(1), businessKey).getId(), recognise);
			Map<String, Object> upload = new HashMap<>();
			upload.put("uploadedToPortal", true);
			upload.put("portalReference", null);
			tasks.complete(taskOf(GROUPS.get(2), businessKey).getId(), upload);
		});
	}

	private Task taskOf(String group, String businessKey) {
		return engine.getTaskService().createTaskQuery()
			.taskCandidateGroup(group)
			.processInstanceBusinessKey(businessKey)
			.singleResult();
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
