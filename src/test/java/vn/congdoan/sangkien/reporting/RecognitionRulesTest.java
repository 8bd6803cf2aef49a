package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.reporting.RecognitionRules.Contender;

@DisplayName("The rules of the collective recognitions, on cases worked out by hand")
class RecognitionRulesTest {

	@Test
	@DisplayName("R-7.1: the top unit of each cluster wins if above its own quarter target")
	void quarterlyWinners() {
		List<Contender> units = List.of(new Contender("A", "C1", 120, 100, null, false), new Contender("B", "C1", 90, 50, null, false),
				new Contender("D", "C2", 40, 30, null, false), new Contender("E", "C2", 10, 5, null, false));

		assertThat(RecognitionRules.quarterly(units)).containsEntry("C1", List.of("A")).containsEntry("C2", List.of("D"));
	}

	@Test
	@DisplayName("R-7.1: units tied at the top are all recognised, each above its own target")
	void quarterlyTie() {
		List<Contender> units = List.of(new Contender("A", "C1", 80, 60, null, false), new Contender("B", "C1", 80, 70, null, false),
				new Contender("C", "C1", 80, 90, null, false), new Contender("D", "C1", 20, 10, null, false));

		assertThat(RecognitionRules.quarterly(units)).containsEntry("C1", List.of("A", "B"));
	}

	@Test
	@DisplayName("R-7.1: a top unit below its quarter target means nobody in that cluster is recognised")
	void quarterlyTopBelowTarget() {
		List<Contender> units = List.of(new Contender("A", "C1", 120, 150, null, false), new Contender("B", "C1", 100, 50, null, false),
				new Contender("N", "C1", 110, null, null, false));

		assertThat(RecognitionRules.quarterly(units)).containsEntry("C1", List.of());
	}

	@Test
	@DisplayName("R-7.2: a cluster's leader below the participation goal is not recognised; the nation's leaders are ranked by share of target")
	void phase1Review() {
		List<Contender> units = List.of(contender("A", "C1", 5000, 2000, true), contender("B", "C1", 3000, 1000, true),
				contender("D", "C2", 4000, 1000, false), contender("E", "C2", 1000, 2000, true),
				contender("F", "C3", 4000, 2000, true), contender("G", "C3", 100, null, true));

		var winners = RecognitionRules.phase1Review(units, 2, Set.of());

		assertThat(winners).containsEntry("C1", List.of("A")).containsEntry("C2", List.of()).containsEntry("C3", List.of("F"));
		assertThat(winners.get("NATIONAL")).as("D at 400%, B at 300%; A at 250% is third; G has no target")
			.containsExactly("B", "D");
	}

	@Test
	@DisplayName("R-7.2: units with the same share of target share a rank among the nation's leaders")
	void phase1ReviewSharedRank() {
		List<Contender> units = List.of(contender("A", "C1", 3000, 1000, true), contender("B", "C1", 600, 200, true),
				contender("C", "C2", 2000, 1000, true));

		assertThat(RecognitionRules.phase1Review(units, 1, Set.of()).get("NATIONAL")).containsExactly("A", "B");
	}

	@Test
	@DisplayName("R-7.2: a bloc's leader is commended only when the Office includes the blocs")
	void phase1ReviewBlocs() {
		List<Contender> units = List.of(contender("A", "CLUSTER-1", 500, 100, true), contender("S", "BLOC-1", 900, 100, true));

		assertThat(RecognitionRules.phase1Review(units, 0, Set.of("BLOC-1")))
			.containsEntry("CLUSTER-1", List.of("A")).containsEntry("BLOC-1", List.of());
		assertThat(RecognitionRules.phase1Review(units, 0, Set.of())).containsEntry("BLOC-1", List.of("S"));
	}

	private static Contender contender(String unit, String cluster, long count, Integer target, boolean goalMet) {
		return new Contender(unit, cluster, count, target, null, goalMet);
	}
}
