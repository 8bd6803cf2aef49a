package vn.congdoan.sangkien.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("bpmn/commendation-authority.dmn: which level may grant which commendation (R-7.4, R-7.5)")
class CommendationAuthorityDecisionTest {

	static DmnEngine engine;

	static DmnDecision decision;

	@BeforeAll
	static void parse() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream dmn = CommendationAuthorityDecisionTest.class.getResourceAsStream("/bpmn/commendation-authority.dmn")) {
			decision = engine.parseDecision("commendationAuthority", dmn);
		}
	}

	@ParameterizedTest(name = "{0} grants {1}: {2}")
	@CsvSource({ "GRASSROOTS, GIAY_KHEN, true", "GRASSROOTS, BANG_KHEN_CAP_TINH, false", "GRASSROOTS, BANG_KHEN_TLD, false",
			"DIRECT_SUPERIOR, GIAY_KHEN, true", "DIRECT_SUPERIOR, BANG_KHEN_CAP_TINH, false",
			"DIRECT_SUPERIOR, BANG_KHEN_TLD, false", "LEVEL2, GIAY_KHEN, true", "LEVEL2, BANG_KHEN_CAP_TINH, true",
			"LEVEL2, BANG_KHEN_TLD, false", "NATIONAL, GIAY_KHEN, false", "NATIONAL, BANG_KHEN_CAP_TINH, false",
			"NATIONAL, BANG_KHEN_TLD, true" })
	void authority(String level, String award, boolean allowed) {
		Boolean result = engine.evaluateDecisionTable(decision, Map.of("level", level, "award", award))
			.getSingleResult()
			.getEntry("allowed");

		assertThat(result).isEqualTo(allowed);
	}
}
