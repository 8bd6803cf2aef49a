package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.reporting.RecognitionRules.Contender;

@DisplayName("The rules of the collective recognitions, on cases worked out by hand")
class RecognitionRulesTest {

	static final BigDecimal GOAL = new BigDecimal("10");

	@Test
	@DisplayName("R-7.1: the top unit of each cluster wins if above its own quarter target")
	void quarterlyWinners() {
		List<Contender> units = List.of(new Contender("A", "C1", 120, 100, null), new Contender("B", "C1", 90, 50, null),
				new Contender("D", "C2", 40, 30, null), new Contender("E", "C2", 10, 5, null));

		assertThat(RecognitionRules.quarterly(units)).containsEntry("C1", List.of("A")).containsEntry("C2", List.of("D"));
	}

	@Test
	@DisplayName("R-7.1: units tied at the top are all recognised, each above its own target")
	void quarterlyTie() {
		List<Contender> units = List.of(new Contender("A", "C1", 80, 60, null), new Contender("B", "C1", 80, 70, null),
				new Contender("C", "C1", 80, 90, null), new Contender("D", "C1", 20, 10, null));

		assertThat(RecognitionRules.quarterly(units)).containsEntry("C1", List.of("A", "B"));
	}

	@Test
	@DisplayName("R-7.1: a top unit below its quarter target means nobody in that cluster is recognised")
	void quarterlyTopBelowTarget() {
		List<Contender> units = List.of(new Contender("A", "C1", 120, 150, null), new Contender("B", "C1", 100, 50, null),
				new Contender("N", "C1", 110, null, null));

		assertThat(RecognitionRules.quarterly(units)).containsEntry("C1", List.of());
	}

	@Test
	@DisplayName("R-7.2: a cluster's leader below the participation rate is not recognised; the national leaders are")
	void phase1Review() {
		List<Contender> units = List.of(new Contender("A", "C1", 5000, null, new BigDecimal("12.5")),
				new Contender("B", "C1", 3000, null, new BigDecimal("20.0")),
				new Contender("D", "C2", 4000, null, new BigDecimal("9.9")),
				new Contender("E", "C2", 1000, null, new BigDecimal("15.0")),
				new Contender("F", "C3", 4000, null, new BigDecimal("10.0")));

		var winners = RecognitionRules.phase1Review(units, GOAL, 2);

		assertThat(winners).containsEntry("C1", List.of("A")).containsEntry("C2", List.of()).containsEntry("C3", List.of("F"));
		assertThat(winners.get("NATIONAL")).as("5000 first, 4000 shared second").containsExactly("A", "D", "F");
	}
}
