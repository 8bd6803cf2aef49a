package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A gauge per tag value: set from a grouped count, a value once seen stays at 0")
class TaggedGaugesTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	@DisplayName("the values named always read 0 before any count")
	void alwaysThere() {
		new TaggedGauges(registry, "sangkien.incidents.open", "type", "Incidents", null, "failedJob");

		assertThat(value("sangkien.incidents.open", "type", "failedJob")).isZero();
	}

	@Test
	@DisplayName("a step no longer counted reads 0 rather than its last count, and a new one appears")
	void missingReadsZero() {
		TaggedGauges open = new TaggedGauges(registry, "sangkien.tasks.open", "step", "Open tasks", null);
		open.set(Map.of("supportTeamReview", 3L, "councilRecognition", 2L));
		open.set(Map.of("councilRecognition", 1L, "portalUpload", 4L));

		assertThat(value("sangkien.tasks.open", "step", "supportTeamReview")).isZero();
		assertThat(value("sangkien.tasks.open", "step", "councilRecognition")).isEqualTo(1);
		assertThat(value("sangkien.tasks.open", "step", "portalUpload")).isEqualTo(4);
	}

	private double value(String name, String tag, String tagValue) {
		return registry.get(name).tag(tag, tagValue).gauge().value();
	}
}
