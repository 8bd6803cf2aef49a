package vn.congdoan.sangkien.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.ProblemException;

/**
 * National progress and the rankings people follow, read from the running totals kept at each upload
 * (never counted per view): per unit and phase, the published initiatives, the target, the share of the
 * target, the participation rate (R-4.3: distinct credited authors over members, against the goal) and
 * the monetary benefit. Units with the same count share a rank.
 */
@Service
@Transactional(readOnly = true)
public class Leaderboards {

	private static final String ROWS = """
			select u.code, u.name, u.member_count, coalesce(p.initiative_count, 0), coalesce(p.author_count, 0),
			       coalesce(p.benefit_vnd, 0), t.initiative_count
			from unit u
			left join unit_phase_total p on p.unit_code = u.code and p.phase_code = ?
			left join target t on t.unit_code = u.code and t.period = ?
			""";

	/** The period that means the whole programme, every phase together. */
	public static final String WHOLE_PROGRAMME = "ALL";

	private final JdbcTemplate jdbc;

	private final ProgrammeCalendar calendar;

	private final BigDecimal participationGoal;

	Leaderboards(JdbcTemplate jdbc, ProgrammeCalendar calendar, ProgrammeSettings settings) {
		this.jdbc = jdbc;
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
		String where = cluster == null ? "where u.level = 'LEVEL2'" : "where u.level = 'LEVEL2' and u.cluster_code = ?";
		Object[] arguments = cluster == null ? new Object[] { phase, phase } : new Object[] { phase, phase, cluster };
		return ranked(jdbc.query(ROWS + where, this::standing, arguments));
	}

	/** The direct sub-units of a unit: a province's subtree, level by level. */
	public List<Standing> subUnits(String unitCode, String phase) {
		checkPhase(phase);
		return ranked(jdbc.query(ROWS + "where u.parent_code = ?", this::standing, phase, phase, unitCode));
	}

	/** for one unit, for a phase or for the whole programme ({@code ALL}). */
	public Standing unit(String unitCode, String phase) {
		if (WHOLE_PROGRAMME.equals(phase)) {
			List<Standing> rows = jdbc.query("""
					select u.code, u.name, u.member_count, coalesce(p.initiative_count, 0), coalesce(p.author_count, 0),
					       coalesce(p.benefit_vnd, 0), (select sum(t.initiative_count)::int from target t
					           where t.unit_code = u.code and t.period in (select code from programme_phase))
					from unit u left join unit_programme_total p on p.unit_code = u.code where u.code = ?""",
					this::standing, unitCode);
			return rows.stream().findFirst().orElseThrow(() -> ProblemException.notFound("target.unit.unknown", unitCode));
		}
		checkPhase(phase);
		List<Standing> rows = jdbc.query(ROWS + "where u.code = ?", this::standing, phase, phase, unitCode);
		if (rows.isEmpty()) {
			throw ProblemException.notFound("target.unit.unknown", unitCode);
		}
		return rows.get(0);
	}

	/**
	 * the units directly under VGCL with their cluster or bloc, their count and target in a
	 * period, a phase or a quarter, and in a phase their participation.
	 */
	public List<Contest> level2In(String period) {
		if (calendar.phase(period).isPresent()) {
			return jdbc.query("""
					select u.code, u.cluster_code, coalesce(p.initiative_count, 0), t.initiative_count,
					       coalesce(p.author_count, 0), u.member_count
					from unit u
					left join unit_phase_total p on p.unit_code = u.code and p.phase_code = ?
					left join target t on t.unit_code = u.code and t.period = ?
					where u.level = 'LEVEL2' order by u.code""",
					(rs, n) -> new Contest(rs.getString(1), rs.getString(2), rs.getLong(3), (Integer) rs.getObject(4),
							percent(rs.getLong(5), rs.getLong(6))),
					period, period);
		}
		return jdbc.query("""
				select u.code, u.cluster_code, coalesce(q.initiative_count, 0), t.initiative_count
				from unit u
				left join unit_quarter_total q on q.unit_code = u.code and q.quarter = ?
				left join target t on t.unit_code = u.code and t.period = ?
				where u.level = 'LEVEL2' order by u.code""",
				(rs, n) -> new Contest(rs.getString(1), rs.getString(2), rs.getLong(3), (Integer) rs.getObject(4), null),
				period, period);
	}

	private Standing standing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long members = rs.getLong(3);
		long count = rs.getLong(4);
		long authors = rs.getLong(5);
		Integer target = (Integer) rs.getObject(7);
		BigDecimal participation = percent(authors, members);
		return new Standing(0, rs.getString(1), rs.getString(2), count, target,
				target == null ? null : percent(count, target.longValue()), authors, members, participation,
				participation != null && participation.compareTo(participationGoal) >= 0, rs.getLong(6));
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
	public record Contest(String unitCode, String cluster, long count, Integer target, BigDecimal participationPercent) {
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
