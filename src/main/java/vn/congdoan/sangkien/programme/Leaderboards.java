package vn.congdoan.sangkien.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * National progress and the rankings people follow, read from the running totals counted once per
 * published initiative ({@link RunningTotals}; never counted per view): per unit and phase, the
 * published initiatives, the target, the share of the target, the participation rate (R-4.3: distinct
 * credited authors over members, against the goal) and the monetary benefit. Units with the same count
 * share a rank.
 */
@Service
@Transactional(readOnly = true)
public class Leaderboards {

	/**
	 * The running totals and targets of the given units in a phase or a quarter: one row per code, looked up by
	 * primary key. The units themselves (name, members, cluster) come from {@link Units}.
	 */
	private static final String PHASE_TOTALS = """
			select c.code, coalesce(p.initiative_count, 0), coalesce(p.author_count, 0), coalesce(p.benefit_vnd, 0),
			       t.initiative_count
			from unnest(?::varchar[]) as c(code)
			left join unit_phase_total p on p.unit_code = c.code and p.phase_code = ?
			left join target t on t.unit_code = c.code and t.period = ?""";

	private static final String QUARTER_TOTALS = """
			select c.code, coalesce(q.initiative_count, 0), 0, 0, t.initiative_count
			from unnest(?::varchar[]) as c(code)
			left join unit_quarter_total q on q.unit_code = c.code and q.quarter = ?
			left join target t on t.unit_code = c.code and t.period = ?""";

	/** The whole programme: the cumulative totals, and the targets of every phase added up. */
	private static final String PROGRAMME_TOTALS = """
			select c.code, coalesce(p.initiative_count, 0), coalesce(p.author_count, 0), coalesce(p.benefit_vnd, 0),
			       (select sum(t.initiative_count)::int from target t
			           where t.unit_code = c.code and t.period in (select code from programme_phase))
			from unnest(?::varchar[]) as c(code)
			left join unit_programme_total p on p.unit_code = c.code""";

	/** The period that means the whole programme, every phase together. */
	public static final String WHOLE_PROGRAMME = "ALL";

	private final JdbcTemplate jdbc;

	private final Units units;

	private final ProgrammeCalendar calendar;

	private final BigDecimal participationGoal;

	Leaderboards(JdbcTemplate jdbc, Units units, ProgrammeCalendar calendar, ProgrammeSettings settings) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
		this.participationGoal = settings.participation().goalPercent();
	}

	/** the count of each phase against its national target, and the whole programme's. */
	public Progress progress(String nationalUnit) {
		List<PhaseProgress> phases = new ArrayList<>();
		for (ProgrammePhase phase : calendar.phases()) {
			Long count = jdbc.query("select initiative_count from unit_phase_total where unit_code = ? and phase_code = ?",
					rs -> rs.next() ? rs.getLong(1) : 0L, nationalUnit, phase.code());
			phases.add(new PhaseProgress(phase.code(), phase.name(), count, phase.nationalTarget(),
					percent(count, (long) phase.nationalTarget())));
		}
		long count = phases.stream().mapToLong(PhaseProgress::count).sum();
		long target = phases.stream().mapToLong(PhaseProgress::target).sum();
		return new Progress(phases, count, target, percent(count, target));
	}

	/** The units directly under VGCL, nationally or within one emulation cluster or bloc. */
	public List<Standing> level2(String phase, String cluster) {
		checkPhase(phase);
		List<Unit> level2 = units.findByLevelOrderByCode(UnitLevel.LEVEL2).stream()
			.filter(unit -> cluster == null || cluster.equals(unit.clusterCode()))
			.toList();
		return ranked(standings(level2, PHASE_TOTALS, phase, phase));
	}

	/** The direct sub-units of a unit: a province's subtree, level by level. */
	public List<Standing> subUnits(String unitCode, String phase) {
		checkPhase(phase);
		return ranked(standings(units.findByParentCodeOrderByCode(unitCode), PHASE_TOTALS, phase, phase));
	}

	/** for one unit, for a phase or for the whole programme ({@code ALL}). */
	public Standing unit(String unitCode, String phase) {
		boolean wholeProgramme = WHOLE_PROGRAMME.equals(phase);
		if (!wholeProgramme) {
			checkPhase(phase);
		}
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("target.unit.unknown", unitCode));
		return (wholeProgramme ? standings(List.of(unit), PROGRAMME_TOTALS) : standings(List.of(unit), PHASE_TOTALS, phase, phase))
			.get(0);
	}

	/**
	 * the units directly under VGCL with their cluster or bloc, their count and target in a
	 * period, a phase or a quarter, and in a phase their participation.
	 */
	public List<Contest> level2In(String period) {
		boolean phase = calendar.phase(period).isPresent();
		List<Unit> level2 = units.findByLevelOrderByCode(UnitLevel.LEVEL2);
		Map<String, Totals> totals = totals(level2, phase ? PHASE_TOTALS : QUARTER_TOTALS, period, period);
		return level2.stream().map(unit -> {
			Totals of = totals.get(unit.code());
			return new Contest(unit.code(), unit.clusterCode(), of.count(), of.target(),
					phase ? new Participation(of.authors(), unit.memberCount()) : null);
		}).toList();
	}

	private List<Standing> standings(List<Unit> of, String sql, Object... period) {
		Map<String, Totals> totals = totals(of, sql, period);
		return of.stream().map(unit -> standing(unit, totals.get(unit.code()))).toList();
	}

	private Map<String, Totals> totals(List<Unit> of, String sql, Object... period) {
		Object[] arguments = new Object[period.length + 1];
		arguments[0] = of.stream().map(Unit::code).toArray(String[]::new);
		System.arraycopy(period, 0, arguments, 1, period.length);
		Map<String, Totals> totals = new HashMap<>();
		jdbc.query(sql, rs -> {
			totals.put(rs.getString(1), new Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4), (Integer) rs.getObject(5)));
		}, arguments);
		return totals;
	}

	private Standing standing(Unit unit, Totals totals) {
		Integer target = totals.target();
		Participation participation = new Participation(totals.authors(), unit.memberCount());
		return new Standing(0, unit.code(), unit.name(), totals.count(), target,
				target == null ? null : percent(totals.count(), target.longValue()), totals.authors(), participation.members(),
				participation.percent(), participation.meets(participationGoal), totals.benefitVnd());
	}

	/** A unit's running totals in a period and its target there, if one is set. */
	private record Totals(long count, long authors, long benefitVnd, Integer target) {
	}

	private static List<Standing> ranked(List<Standing> rows) {
		List<Standing> sorted = new ArrayList<>(rows);
		sorted.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.unitCode().compareTo(b.unitCode()));
		List<Standing> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Standing row = sorted.get(i);
			int rank = i > 0 && sorted.get(i - 1).count() == row.count() ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(row.withRank(rank));
		}
		return ranked;
	}

	private void checkPhase(String phase) {
		if (calendar.phase(phase).isEmpty()) {
			throw ProblemException.badRequest("programme.phase.unknown", phase);
		}
	}

	static BigDecimal percent(long part, Long whole) {
		if (whole == null || whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** A unit directly under VGCL in a period; its participation only for a phase. */
	public record Contest(String unitCode, String cluster, long count, Integer target, Participation participation) {
	}

	public record Progress(List<PhaseProgress> phases, long count, long target, BigDecimal percentOfTarget) {
	}

	public record PhaseProgress(String phase, String name, long count, long target, BigDecimal percentOfTarget) {
	}

	public record Standing(int rank, String unitCode, String name, long count, Integer target,
			BigDecimal percentOfTarget, long authors, long members, BigDecimal participationPercent,
			boolean participationGoalMet, long benefitVnd) {

		Standing withRank(int rank) {
			return new Standing(rank, unitCode, name, count, target, percentOfTarget, authors, members,
					participationPercent, participationGoalMet, benefitVnd);
		}
	}
}
