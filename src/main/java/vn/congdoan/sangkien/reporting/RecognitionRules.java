package vn.congdoan.sangkien.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of the collective recognitions, on rows the caller has read: pure, so each can be worked out by hand. */
final class RecognitionRules {

	private RecognitionRules() {
	}

	/**
	 * A unit directly under VGCL, with its count, target and participation for the period being judged: the percent
	 * as shown, and whether the exact fraction meets the goal.
	 */
	record Contender(String unitCode, String cluster, long count, Integer target, BigDecimal participationPercent,
			boolean participationGoalMet) {

		/** Whether its share of its target is above the other's, compared exactly (count / target, cross-multiplied). */
		boolean aheadOf(Contender other) {
			return count * other.target() > other.count() * target;
		}
	}

	/**
	 * R-7.1 (Reading): in each cluster or bloc, the units with the most initiatives uploaded in the quarter,
	 * each recognised only if its count exceeds its own quarter target; ties are all recognised.
	 */
	static Map<String, List<String>> quarterly(List<Contender> contenders) {
		Map<String, List<String>> winners = new LinkedHashMap<>();
		byCluster(contenders).forEach((cluster, units) -> {
			long top = units.stream().mapToLong(Contender::count).max().orElse(0);
			winners.put(cluster, units.stream()
				.filter(unit -> top > 0 && unit.count() == top)
				.filter(unit -> unit.target() != null && unit.count() > unit.target())
				.map(Contender::unitCode)
				.sorted()
				.toList());
		});
		return winners;
	}

	/**
	 * the units leading the nation by share of their target, as the programme ranked them (the first
	 * {@code nationalLeaders} ranks; units with the same share share a rank; a unit without a target has no share);
	 * and in each emulation cluster the unit with the most initiatives of phase 1, if it reached the participation
	 * goal. The clusters {@code leftOut} (the blocs, unless the Office includes them) commend nobody.
	 */
	static Map<String, List<String>> phase1Review(List<Contender> contenders, int nationalLeaders, Set<String> leftOut) {
		Map<String, List<String>> winners = new LinkedHashMap<>();
		List<Contender> withShare = contenders.stream()
			.filter(unit -> unit.count() > 0 && unit.target() != null && unit.target() > 0)
			.toList();
		winners.put("NATIONAL", withShare.stream()
			.filter(unit -> withShare.stream().filter(other -> other.aheadOf(unit)).count() < nationalLeaders)
			.map(Contender::unitCode)
			.sorted()
			.toList());
		byCluster(contenders).forEach((cluster, units) -> {
			long top = units.stream().mapToLong(Contender::count).max().orElse(0);
			winners.put(cluster, leftOut.contains(cluster) ? List.of() : units.stream()
				.filter(unit -> top > 0 && unit.count() == top)
				.filter(Contender::participationGoalMet)
				.map(Contender::unitCode)
				.sorted()
				.toList());
		});
		return winners;
	}

	private static Map<String, List<Contender>> byCluster(List<Contender> contenders) {
		return contenders.stream()
			.filter(unit -> unit.cluster() != null)
			.collect(Collectors.groupingBy(Contender::cluster, java.util.TreeMap::new, Collectors.toList()));
	}
}
