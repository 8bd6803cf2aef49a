package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Camunda keeps an audit history for a set time and cleans it up at night (architecture.md, Decisions)")
class ProcessHistoryTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Test
	@DisplayName("the history level is audit; the cleanup runs between 01:00 and 05:00")
	void auditHistoryCleanedAtNight() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

		assertThat(configuration.getHistoryLevel().getName()).isEqualTo("audit");
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
	}

	@Test
	@DisplayName("history is due its time to live after the end; a model without one is refused; batches are kept 30 days")
	void timeToLiveEnforced() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
		assertThat(configuration.getHistoryTimeToLive()).as("no engine-wide default standing in for a model's own").isNull();

		// Camunda's model builder writes 180 days into every process it builds: this one has none, as a model drawn
		// without it. Were it deployed, it goes at once, so that every model of the run keeps its time to live.
		BpmnModelInstance keptForEver = Bpmn.createExecutableProcess("keptForEver").startEvent().endEvent().done();
		keptForEver.<Process>getModelElementById("keptForEver").setCamundaHistoryTimeToLiveString(null);
		Throwable refused = catchThrowable(() -> repository.deleteDeployment(
				repository.createDeployment().addModelInstance("kept-for-ever.bpmn", keptForEver).deploy().getId(), true));

		assertThat(refused).isInstanceOf(ProcessEngineException.class).hasMessageContaining("History Time To Live");
	}

	@Test
	@DisplayName("every deployed model has a history time to live: 180 days, a year for the collective recognitions")
	void timeToLiveOfEveryModel() {
		Map<String, Integer> processes = new HashMap<>();
		repository.createProcessDefinitionQuery().list()
			.forEach(process -> processes.put(process.getKey(), process.getHistoryTimeToLive()));
		Map<String, Integer> decisions = new HashMap<>();
		repository.createDecisionDefinitionQuery().list()
			.forEach(decision -> decisions.put(decision.getKey(), decision.getHistoryTimeToLive()));

		assertThat(processes).containsExactlyInAnyOrderEntriesOf(
				Map.of("initiativeLifecycle", 180, "commendation", 180, "collectiveRecognition", 365, "ideaLifecycle", 180,
						"grassrootsCommendation", 180));
		assertThat(decisions).containsExactlyInAnyOrderEntriesOf(Map.of("initiativeEligibility", 180, "commendationAuthority", 180));
	}
}
