package vn.congdoan.sangkien.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rules of the collective recognitions, on rows the caller has read: pure, so each can be worked out by hand. */
final class RecognitionRules {

	private RecognitionRules() {
	}

	/** A unit directly under VGCL, with its count, target and participation for the period being judged. */
	record Contender(String unitCode, String cluster, long count, Integer target, BigDecimal participationPercent) {
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
	 * in each cluster or bloc, the unit with the most initiatives of phase 1 if it reached the
	 * participation goal; and the units leading the nation (the first {@code nationalLeaders} ranks).
	 */
	static Map<String, List<String>> phase1Review(List<Contender> contenders, BigDecimal participationGoal,
			int nationalLeaders) {
		Map<String, List<String>> winners = new LinkedHashMap<>();
		List<Contender> nation = contenders.stream()
			.filter(unit -> unit.count() > 0)
			.sorted(Comparator.comparingLong(Contender::count).reversed())
			.toList();
		List<String> leaders = new ArrayList<>();
		for (Contender unit : nation) {
			long better = nation.stream().filter(other -> other.count() > unit.count()).count();
			if (better < nationalLeaders) {
				leaders.add(unit.unitCode());
			}
		}
		winners.put("NATIONAL", leaders.stream().sorted().toList());
		byCluster(contenders).forEach((cluster, units) -> {
			long top = units.stream().mapToLong(Contender::count).max().orElse(0);
			winners.put(cluster, units.stream()
				.filter(unit -> top > 0 && unit.count() == top)
				.filter(unit -> unit.participationPercent() != null
						&& unit.participationPercent().compareTo(participationGoal) >= 0)
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
