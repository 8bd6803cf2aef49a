package vn.congdoan.sangkien.programme;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.Units;

/**
 * What a union officer of any level follows for a unit of their subtree: the unit's
 * standing in each phase, published initiatives by kind and by quarter, its target against the
 * sub-units' targets, and the sub-units behind it, each a link further down the tree.
 */
@Service
@Transactional(readOnly = true)
public class UnitDashboards {

	private static final Set<Role> FOLLOWERS = EnumSet.of(Role.UNION_OFFICER, Role.COMMENDATION_APPROVER,
			Role.PROGRAMME_OFFICE);

	private final Units units;

	private final Leaderboards leaderboards;

	private final Targets targets;

	private final ProgrammeCalendar calendar;

	private final JdbcTemplate jdbc;

	UnitDashboards(Units units, Leaderboards leaderboards, Targets targets, ProgrammeCalendar calendar, JdbcTemplate jdbc) {
		this.units = units;
		this.leaderboards = leaderboards;
		this.targets = targets;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** The unit the user follows by default: their own (the first, for someone of several units). */
	public String homeUnitOf(PlatformUser user) {
		checkFollower(user);
		return user.firstUnitWhereAny(FOLLOWERS)
			.orElseThrow(() -> ProblemException.forbidden("dashboard.outside-subtree", "-"));
	}

	public Dashboard of(PlatformUser user, String unitCode, String phase) {
		checkFollower(user);
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("target.unit.unknown", unitCode));
		List<String> chain = units.selfAndAncestors(unitCode);
		if (!followsAnyOf(user, chain)) {
			throw ProblemException.forbidden("dashboard.outside-subtree", unitCode);
		}
		// Up the tree only as far as the user's own unit: above it is not theirs to follow.
		List<UnitLink> path = new ArrayList<>();
		for (String code : chain) {
			path.add(0, new UnitLink(code, units.findByCode(code).map(Unit::name).orElse(code)));
			if (follows(user, code)) {
				break;
			}
		}
		List<PhaseStanding> phases = calendar.phases().stream()
			.map(p -> new PhaseStanding(p.code(), p.name(), leaderboards.unit(unitCode, p.code())))
			.toList();
		return new Dashboard(new UnitLink(unit.code(), unit.name()), unit.memberCount(), path, phases, leaderboards.unit(unitCode, Leaderboards.WHOLE_PROGRAMME), byKind(unitCode, phase),
				byQuarter(unitCode), targets.view(unitCode, phase), leaderboards.subUnits(unitCode, phase));
	}

	private void checkFollower(PlatformUser user) {
		if (FOLLOWERS.stream().noneMatch(user::hasRole)) {
			throw ProblemException.forbidden("auth.forbidden");
		}
	}

	/**
	 * Whether the unit is in the user's subtree: they hold a follower's role in it or in a unit above it. The reports
	 * of have the same readers as the dashboards.
	 */
	public boolean followsSubtreeOf(PlatformUser user, String unitCode) {
		return followsAnyOf(user, units.selfAndAncestors(unitCode));
	}

	private static boolean followsAnyOf(PlatformUser user, List<String> chain) {
		return chain.stream().anyMatch(code -> follows(user, code));
	}

	/** Whether the user follows this unit's subtree: they hold a follower's role in it, not only some other role. */
	private static boolean follows(PlatformUser user, String unitCode) {
		return FOLLOWERS.stream().anyMatch(role -> user.holds(role, unitCode));
	}

	/** Published initiatives of the subtree in the phase, by kind, from the running totals. */
	private List<KindCount> byKind(String unitCode, String phase) {
		return jdbc.query("""
				select kind, initiative_count from unit_phase_kind_total
				where unit_code = ? and phase_code = ? and initiative_count > 0
				order by initiative_count desc, kind""",
				(rs, n) -> new KindCount(rs.getString(1), rs.getLong(2)), unitCode, phase);
	}

	/** the running count of each quarter against the quarter's target, where one is set. */
	private List<QuarterCount> byQuarter(String unitCode) {
		return jdbc.query("""
				select q.quarter, q.initiative_count, t.initiative_count
				from unit_quarter_total q left join target t on t.unit_code = q.unit_code and t.period = q.quarter
				where q.unit_code = ? order by q.quarter""",
				(rs, n) -> new QuarterCount(rs.getString(1), rs.getLong(2), (Integer) rs.getObject(3)), unitCode);
	}

	public record Dashboard(UnitLink unit, int members, List<UnitLink> path, List<PhaseStanding> phases, Leaderboards.Standing programme, List<KindCount> byKind,
			List<QuarterCount> byQuarter, Targets.TargetView targets, List<Leaderboards.Standing> subUnits) {
	}

	public record UnitLink(String code, String name) {
	}

	public record PhaseStanding(String code, String name, Leaderboards.Standing standing) {
	}

	public record KindCount(String kind, long count) {
	}

	public record QuarterCount(String quarter, long count, Integer target) {
	}
}
