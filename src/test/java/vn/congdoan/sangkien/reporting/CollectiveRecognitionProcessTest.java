package vn.congdoan.sangkien.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = { "bpmn/collective-recognition.bpmn", "forms/confirm-recognition.form",
		"forms/emulation-council-decision.form" })
@DisplayName("collective-recognition.bpmn: computed, decided by the council for the final review, confirmed or amended by the VGCL Office, published")
class CollectiveRecognitionProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	CollectiveRecognitionSteps steps = mock(CollectiveRecognitionSteps.class);

	@BeforeEach
	void standIn() {
		Mocks.register("collectiveRecognitionSteps", steps);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@ParameterizedTest(name = "the Office decides to {0}")
	@ValueSource(strings = { "confirm", "amend" })
	@DisplayName("the candidates are computed before the Office sees them, and published after its decision")
	void confirmedOrAmended(String decision) {
		ProcessInstance recognition = runtimeService().startProcessInstanceByKey("collectiveRecognition", "QUARTERLY:2022-Q3",
				Map.of("recognitionId", 1L, "kind", "QUARTERLY", "period", "2022-Q3", "nationalUnit", "TLD"));
		assertThat(recognition).isWaitingAt("confirmRecognition");
		assertThat(task()).hasCandidateGroup("programme-office:TLD");

		complete(task(), withVariables("recognitionDecision", decision, "amendedWinners", "LDLD-01"));

		assertThat(recognition).hasPassedInOrder("computeCandidates", "confirmRecognition", "publishRecognition",
				"recognitionPublished").isEnded();
		var order = inOrder(steps);
		order.verify(steps).computeCandidates(any());
		order.verify(steps).confirmed(any());
		order.verify(steps).publish(any());
	}

	@Test
	@DisplayName("R-7.3: the final review goes to the VGCL emulation and commendation council first, then the Office confirms")
	void finalReviewDecidedByTheCouncil() {
		ProcessInstance recognition = runtimeService().startProcessInstanceByKey("collectiveRecognition", "FINAL_REVIEW:FINAL",
				Map.of("recognitionId", 2L, "kind", "FINAL_REVIEW", "period", "FINAL", "nationalUnit", "TLD"));
		assertThat(recognition).isWaitingAt("emulationCouncilDecision");
		assertThat(task()).hasCandidateGroup("commendation-approver:TLD");

		complete(task(), withVariables("councilWinnersDecision", "amend", "councilWinners", "Nguyễn Văn An"));
		assertThat(recognition).isWaitingAt("confirmRecognition");
		assertThat(task()).hasCandidateGroup("programme-office:TLD");
		complete(task(), withVariables("recognitionDecision", "confirm"));

		assertThat(recognition).hasPassedInOrder("computeCandidates", "emulationCouncilDecision", "confirmRecognition",
				"publishRecognition").isEnded();
		var order = inOrder(steps);
		order.verify(steps).computeCandidates(any());
		order.verify(steps).councilDecided(any());
		order.verify(steps).confirmed(any());
		order.verify(steps).publish(any());
	}
}
