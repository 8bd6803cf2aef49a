package vn.congdoan.sangkien.initiative;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "bpmn/initiative-lifecycle.bpmn", "forms/support-team-review.form",
		"forms/council-recognition.form", "forms/portal-upload.form" })
@DisplayName("initiative-lifecycle.bpmn, every path")
class InitiativeLifecycleProcessTest {

	static final String UNIT = "CDCS-01-0001";

	/** Its own engine configuration: a camunda.cfg.xml on the classpath would also start inside the application. */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	/** The extension deploys the models just before each test, so each test submits its own initiative. */
	private static ProcessInstance submit() {
		ProcessInstance initiative = runtimeService().startProcessInstanceByKey("initiativeLifecycle", "42",
				Map.of("initiativeId", 42L, "unitCode", UNIT, "author", "tacgia.hn"));
		assertThat(initiative).isStarted();
		return initiative;
	}

	@Test
	@DisplayName("a submitted initiative waits for the support team of its own unit (R-5.1)")
	void waitsForTheSupportTeamOfItsUnit() {
		ProcessInstance initiative = submit();

		assertThat(initiative).isWaitingAt("supportTeamReview");
		assertThat(task()).hasCandidateGroup("support-team:" + UNIT).isNotAssigned();
		Task review = taskService().createTaskQuery().taskId(task().getId()).initializeFormKeys().singleResult();
		Assertions.assertThat(review.getCamundaFormRef().getKey()).isEqualTo("supportTeamReview");
		Assertions.assertThat(review.getCamundaFormRef().getBinding()).isEqualTo("deployment");
	}

	@Test
	@DisplayName("declined by the support team, it ends there")
	void declinedBySupportTeam() {
		ProcessInstance initiative = submit();

		complete(task(), withVariables("supportTeamDecision", "decline", "supportTeamComment", "Trùng sáng kiến đã có"));

		assertThat(initiative).hasPassed("initiativeDeclined").isEnded();
		assertThat(initiative).hasNotPassed("councilRecognition");
	}

	@Test
	@DisplayName("refused by the council of its unit (R-2, R-3), it ends refused")
	void refusedByCouncil() {
		ProcessInstance initiative = submit();

		complete(task(), withVariables("supportTeamDecision", "accept"));
		assertThat(initiative).isWaitingAt("councilRecognition");
		assertThat(task()).hasCandidateGroup("council:" + UNIT);

		complete(task(), withVariables("councilDecision", "refuse", "councilReason", "R-3.1: áp dụng năm 2020"));

		assertThat(initiative).hasPassed("initiativeRefused").isEnded();
		assertThat(initiative).hasNotPassed("portalUpload");
	}

	@Test
	@DisplayName("recognised, then uploaded by the union officer of its unit (R-5.3), it ends published")
	void recognisedAndPublished() {
		ProcessInstance initiative = submit();

		complete(task(), withVariables("supportTeamDecision", "accept"));
		complete(task(), withVariables("councilDecision", "recognise"));
		assertThat(initiative).isWaitingAt("portalUpload");
		assertThat(task()).hasCandidateGroup("union-officer:" + UNIT);

		complete(task(), withVariables("uploadedToPortal", true));

		assertThat(initiative).hasPassedInOrder("supportTeamReview", "councilRecognition", "portalUpload",
				"initiativePublished").isEnded();
	}
}
