package vn.congdoan.sangkien.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("bpmn/initiative-eligibility.dmn at every boundary")
class InitiativeEligibilityDecisionTest {

	static DmnEngine engine;

	static DmnDecision decision;

	@BeforeAll
	static void parse() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = InitiativeEligibilityDecisionTest.class.getResourceAsStream("/bpmn/initiative-eligibility.dmn")) {
			decision = engine.parseDecision("initiativeEligibility", dmn);
		}
	}

	@ParameterizedTest(name = "applied {0}, IP protected {1}, {2}, accepted {3}, confirmed {4}, phase {5} -> eligible {6} {7}")
	@CsvSource(nullValues = "none", value = {
			// 01/09/2021 - 01/09/2023, both days included
			"2021-08-31, false, TECHNICAL_SOLUTION, false, false, PHASE_1, false, R-3.1",
			"2021-09-01, false, TECHNICAL_SOLUTION, false, false, PHASE_1, true, none",
			"2023-09-01, false, TECHNICAL_SOLUTION, false, false, PHASE_2, true, none",
			"2023-09-02, false, TECHNICAL_SOLUTION, false, false, PHASE_2, false, R-3.1",
			//
			"2022-03-15, true, MANAGEMENT_SOLUTION, false, false, PHASE_1, false, R-3.4",
			// a research topic needs acceptance and the head's confirmation
			"2022-03-15, false, RESEARCH_TOPIC, true, true, PHASE_1, true, none",
			"2022-03-15, false, RESEARCH_TOPIC, false, true, PHASE_1, false, R-2.3",
			"2022-03-15, false, RESEARCH_TOPIC, true, false, PHASE_1, false, R-2.3",
			"2022-03-15, false, TECHNICAL_SOLUTION, false, false, PHASE_1, true, none",
			// recognised on a date that qualifies for no phase
			"2022-03-15, false, TECHNICAL_SOLUTION, false, false, none, false, R-6",
			// the first exclusion found is the one named
			"2021-08-31, true, RESEARCH_TOPIC, false, false, none, false, R-3.1" })
	void decides(String applicationDate, boolean ipProtected, String kind, boolean researchAccepted,
			boolean headConfirmed, String recognitionPhase, boolean eligible, String exclusion) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicationDate", applicationDate);
		variables.put("programmeStart", "2021-09-01");
		variables.put("programmeEnd", "2023-09-01");
		variables.put("ipProtected", ipProtected);
		variables.put("kind", kind);
		variables.put("researchAccepted", researchAccepted);
		variables.put("headConfirmed", headConfirmed);
		variables.put("recognitionPhase", recognitionPhase);

		DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, variables).getSingleResult();

		assertThat(result.<String>getSingleEntry()).isEqualTo(exclusion);
		assertThat(result.getSingleEntry() == null).as("counts").isEqualTo(eligible);
	}
}
