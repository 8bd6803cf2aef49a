package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, upgrades: a release that changes initiative-lifecycle.bpmn deploys it as a new version (ProcessDeployment);
 * the running initiatives stay on theirs and still finish there, or an operator moves them to the new one with a
 * migration plan (docs/operations.md, "Process models"). A plan that cannot place every waiting step refuses the
 * whole batch before it moves any instance.
 */
@DisplayName("Running initiatives survive a new version of initiative-lifecycle.bpmn (docs/operations.md, Process models)")
class ProcessMigrationTest {

	static final String LIFECYCLE = "bpmn/initiative-lifecycle.bpmn";

	/** The resources the lifecycle finds in its own deployment (formRefBinding and decisionRefBinding "deployment"). */
	static final List<String> BESIDE_IT = List.of("bpmn/initiative-eligibility.dmn", "forms/support-team-review.form",
			"forms/council-recognition.form", "forms/portal-upload.form", "forms/author-revision.form");

	/** v2's new step: the council's secretary prepares the file before the council sits. */
	static final String NEW_STEP = "prepareCouncilFile";

	static final String REFUSE = "refuse";

	/** Its own engine configuration: a camunda.cfg.xml on the classpath would also start inside the application. */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	/** The Spring beans the lifecycle calls, in one stand-in: durations of a week, due dates a month away. */
	interface LifecycleBeans extends JavaDelegate {

		void set(DelegateExecution execution, String status);

		void check(DelegateTask task);

		void taskCompleted(DelegateTask task, String decisionKey, String reasonKey);

		void taskCompleted(DelegateTask task, String decisionKey, String reasonKey, String groundKey);

		void taskDone(DelegateTask task, String outcome, String reasonKey);

		void revised(DelegateTask task);

		String reminderAfter(String task);

		String escalationAfter(String task);

		Date dueAfter(String task);

		void startCouncilClock(DelegateExecution execution);

		Date afterWindowOpens(DelegateExecution execution, String which);
	}

	static final Date A_MONTH_AWAY = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));

	final List<String> deployments = new ArrayList<>();

	@BeforeEach
	void standInForTheSpringBeans() {
		LifecycleBeans beans = mock(LifecycleBeans.class, withSettings().defaultAnswer(call -> {
			Class<?> returned = call.getMethod().getReturnType();
			return returned == String.class ? "P7D" : returned == Date.class ? A_MONTH_AWAY : null;
		}));
		for (String bean : List.of("initiativeStatus", "decisionLog", "initiativeSubmission", "supportTeamReviewRules",
				"councilRecognitionRules", "portalUploadWindow", "taskDeadlines", "remindCandidates", "escalateToSuperior",
				"recordWithdrawal", "recordIneligibility", "recordRecognition", "recordMissedWindow", "publishInitiative",
				"proposeCommendation", "findRecognitionPhase")) {
			Mocks.register(bean, beans);
		}
	}

	@AfterEach
	void undeploy() {
		deployments.forEach(deployment -> repositoryService().deleteDeployment(deployment, true));
		Mocks.reset();
	}

	@Test
	@DisplayName("an initiative left on v1 while v2 is deployed finishes on v1, without v2's new step")
	void leftOnItsVersion() {
		ProcessDefinition v1 = deploy(lifecycle());
		ProcessInstance initiative = submit(v1, "1");
		ProcessDefinition v2 = deploy(withCouncilFilePrepared(lifecycle()));
		Assertions.assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);

		complete(task(initiative), withVariables("supportTeamDecision", "accept"));
		assertThat(initiative).isWaitingAt("councilRecognition");
		complete(task(initiative), withVariables("councilDecision", REFUSE, "exclusion", "R-3.2", "councilReason", "Lý do"));

		assertThat(initiative).hasPassed("markRefused", "initiativeRefused").hasNotPassed(NEW_STEP).isEnded();
		Assertions.assertThat(processDefinitionOf(initiative)).isEqualTo(v1.getId());
	}

	@Test
	@DisplayName("an initiative migrated from v1 to v2 with the equal steps mapped waits where it was, then takes v2's new step")
	void migratedToTheNewVersion() {
		ProcessDefinition v1 = deploy(lifecycle());
		ProcessInstance initiative = submit(v1, "2");
		ProcessDefinition v2 = deploy(withCouncilFilePrepared(lifecycle()));

		MigrationPlan plan = runtimeService().createMigrationPlan(v1.getId(), v2.getId()).mapEqualActivities().build();
		runtimeService().newMigration(plan).processInstanceIds(initiative.getId()).execute();

		Assertions.assertThat(processDefinitionOf(initiative)).isEqualTo(v2.getId());
		assertThat(initiative).isWaitingAt("supportTeamReview");
		Assertions.assertThat(task(initiative).getProcessDefinitionId()).isEqualTo(v2.getId());
		complete(task(initiative), withVariables("supportTeamDecision", "accept"));
		assertThat(initiative).isWaitingAt(NEW_STEP);
		complete(task(initiative));
		assertThat(initiative).isWaitingAt("councilRecognition");
		complete(task(initiative), withVariables("councilDecision", REFUSE, "exclusion", "R-3.2", "councilReason", "Lý do"));
		assertThat(initiative).hasPassedInOrder("supportTeamReview", NEW_STEP, "councilRecognition", "markRefused")
			.isEnded();
	}

	@Test
	@DisplayName("a plan that cannot place a waiting step (the council's task renamed) refuses every instance before it moves any")
	void unmappableStepRefusedForAll() {
		ProcessDefinition v1 = deploy(lifecycle());
		ProcessInstance atSupportTeam = submit(v1, "3");
		ProcessInstance atCouncil = submit(v1, "4");
		complete(task(atCouncil), withVariables("supportTeamDecision", "accept"));
		assertThat(atCouncil).isWaitingAt("councilRecognition");
		ProcessDefinition v3 = deploy(withCouncilTaskRenamed(lifecycle()));

		MigrationPlan plan = runtimeService().createMigrationPlan(v1.getId(), v3.getId()).mapEqualActivities().build();

		assertThatThrownBy(() -> runtimeService().newMigration(plan)
			.processInstanceIds(atSupportTeam.getId(), atCouncil.getId())
			.execute())
			.isInstanceOf(MigratingProcessInstanceValidationException.class)
			.hasMessageContaining(atCouncil.getId())
			.hasMessageContaining("councilRecognition");
		Assertions.assertThat(processDefinitionOf(atSupportTeam)).as("the instance that could move did not").isEqualTo(v1.getId());
		Assertions.assertThat(processDefinitionOf(atCouncil)).isEqualTo(v1.getId());
		Assertions.assertThat(task(atSupportTeam).getProcessDefinitionId()).isEqualTo(v1.getId());
		Assertions.assertThat(task(atCouncil).getProcessDefinitionId()).isEqualTo(v1.getId());
		assertThat(atCouncil).isWaitingAt("councilRecognition");
	}

	/** The model as bpmn/ holds it today: v1. */
	private static BpmnModelInstance lifecycle() {
		try (InputStream file = ProcessMigrationTest.class.getClassLoader().getResourceAsStream(LIFECYCLE)) {
			return Bpmn.readModelFromStream(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * v2, as a release would change it: a new task between the support team's acceptance and the council, and a
	 * task's name reworded; every existing step keeps its id.
	 */
	private static BpmnModelInstance withCouncilFilePrepared(BpmnModelInstance model) {
		UserTask council = model.getModelElementById("councilRecognition");
		SequenceFlow intoCouncil = model.getModelElementById("fromCouncilRecognitionJoin");
		UserTask prepare = model.newInstance(UserTask.class);
		prepare.setId(NEW_STEP);
		prepare.setName("Thư ký hội đồng chuẩn bị hồ sơ");
		prepare.setCamundaCandidateGroups("council:${unitCode}");
		council.getParentElement().addChildElement(prepare);
		SequenceFlow prepared = model.newInstance(SequenceFlow.class);
		prepared.setId("councilFilePrepared");
		council.getParentElement().addChildElement(prepared);
		prepared.setSource(prepare);
		prepared.setTarget(council);
		intoCouncil.setTarget(prepare);
		council.getIncoming().remove(intoCouncil);
		council.getIncoming().add(prepared);
		prepare.getIncoming().add(intoCouncil);
		prepare.getOutgoing().add(prepared);
		UserTask review = model.getModelElementById("supportTeamReview");
		review.setName("Tổ hỗ trợ xem xét hồ sơ");
		return model;
	}

	/** v3: the council's task under a new id, a change that mapping equal ids cannot follow. */
	private static BpmnModelInstance withCouncilTaskRenamed(BpmnModelInstance model) {
		UserTask council = model.getModelElementById("councilRecognition");
		council.setId("councilAppraisal");
		return model;
	}

	/** The lifecycle with the resources beside it, as ProcessDeployment deploys a release's bpmn/. */
	private ProcessDefinition deploy(BpmnModelInstance lifecycle) {
		DeploymentBuilder deployment = repositoryService().createDeployment().name("process-migration-test");
		BESIDE_IT.forEach(deployment::addClasspathResource);
		String id = deployment.addModelInstance("initiative-lifecycle.bpmn", lifecycle).deploy().getId();
		deployments.add(id);
		return repositoryService().createProcessDefinitionQuery().deploymentId(id).processDefinitionKey("initiativeLifecycle")
			.singleResult();
	}

	/** Submitted and waiting for its support team; the council's date as startCouncilClock would set it. */
	private static ProcessInstance submit(ProcessDefinition version, String initiativeId) {
		ProcessInstance initiative = runtimeService().startProcessInstanceById(version.getId(), initiativeId,
				Map.of("initiativeId", Long.parseLong(initiativeId), "unitCode", "CDCS-01-0001", "author", "tacgia.hn",
						"councilDecideBy", A_MONTH_AWAY));
		assertThat(initiative).isWaitingAt("supportTeamReview");
		return initiative;
	}

	/** The version the instance is on, or ended on. */
	private static String processDefinitionOf(ProcessInstance initiative) {
		return historyService().createHistoricProcessInstanceQuery().processInstanceId(initiative.getId()).singleResult()
			.getProcessDefinitionId();
	}
}
