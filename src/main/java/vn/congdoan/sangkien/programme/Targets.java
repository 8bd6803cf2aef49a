package vn.congdoan.sangkien.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * the VGCL Office sets the national targets per phase and those of the units
 * directly under VGCL; each level's officers set the targets of their direct sub-units, per phase or
 * per quarter. The platform shows where the sub-targets do not add up to the parent's target.
 */
@Service
public class Targets {

	private final JdbcTemplate jdbc;

	private final Units units;

	private final ProgrammeCalendar calendar;

	private final Clock clock;

	Targets(JdbcTemplate jdbc, Units units, ProgrammeCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional
	public TargetView set(PlatformUser user, String unitCode, String period, int count) {
		if (count < 0) {
			throw ProblemException.badRequest("target.negative");
		}
		checkPeriod(period);
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("target.unit.unknown", unitCode));
		if (!maySet(user, unit)) {
			throw ProblemException.forbidden("target.outside-subtree", unitCode);
		}
		Timestamp now = Timestamp.from(clock.instant());
		audit(user, now, new String[] { unitCode }, new String[] { period }, new Integer[] { count });
		jdbc.update("""
				insert into target (unit_code, period, initiative_count, set_by, set_at) values (?, ?, ?, ?, ?)
				on conflict (unit_code, period) do update set initiative_count = excluded.initiative_count,
				    set_by = excluded.set_by, set_at = excluded.set_at""",
				unitCode, period, count, user.username(), now);
		return view(unitCode, period);
	}

	/**
	 * Each target that changes joins the calendar's audit ({@code CalendarChanges}): who, when, the count before (none
	 * for a first target) and after. Run before the targets are written, for those typed and those of a file alike.
	 */
	void audit(PlatformUser user, Timestamp at, String[] unitCodes, String[] periods, Integer[] counts) {
		jdbc.update("""
				insert into programme_change (subject, subject_key, changed_by, changed_at, before_value, after_value)
				select 'TARGET', c.unit_code || '/' || c.period, ?, ?,
				       case when t.unit_code is null then null else jsonb_build_object('count', t.initiative_count) end,
				       jsonb_build_object('count', c.initiative_count)
				from unnest(?::varchar[], ?::varchar[], ?::int[]) as c(unit_code, period, initiative_count)
				left join target t on t.unit_code = c.unit_code and t.period = c.period
				where t.initiative_count is distinct from c.initiative_count""",
				user.username(), at, unitCodes, periods, counts);
	}

	/** A unit's target for a period, its direct sub-units' targets, and whether these add up. */
	@Transactional(readOnly = true)
	public TargetView view(String unitCode, String period) {
		checkPeriod(period);
		units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("target.unit.unknown", unitCode));
		Integer own = jdbc.query("select initiative_count from target where unit_code = ? and period = ?",
				rs -> rs.next() ? rs.getInt(1) : null, unitCode, period);
		List<Unit> children = units.findByParentCodeOrderByCode(unitCode);
		Map<String, Integer> set = new HashMap<>();
		jdbc.query("select unit_code, initiative_count from target where period = ? and unit_code = any(?::varchar[])",
				rs -> {
					set.put(rs.getString(1), rs.getInt(2));
				}, period, children.stream().map(Unit::code).toArray(String[]::new));
		List<SubTarget> subUnits = children.stream()
			.map(child -> new SubTarget(child.code(), child.name(), set.get(child.code())))
			.toList();
		long sum = subUnits.stream().filter(s -> s.target() != null).mapToLong(SubTarget::target).sum();
		long missing = subUnits.stream().filter(s -> s.target() == null).count();
		boolean addsUp = subUnits.isEmpty() || (own != null && missing == 0 && sum == own);
		return new TargetView(unitCode, period, own, subUnits, sum, missing, addsUp);
	}

	/** The Office sets the national and level-2 targets; an officer of a unit those of its direct sub-units. */
	boolean maySet(PlatformUser user, Unit unit) {
		boolean national = unit.level() == UnitLevel.NATIONAL || unit.level() == UnitLevel.LEVEL2;
		if (national && user.hasRole(Role.PROGRAMME_OFFICE)
				&& user.holdsInAny(Role.PROGRAMME_OFFICE, units.selfAndAncestors(unit.code()))) {
			return true;
		}
		String parent = unit.parentCode();
		return parent != null && (user.holds(Role.UNION_OFFICER, parent) || user.holds(Role.COMMENDATION_APPROVER, parent));
	}

	/** A phase of the calendar, or a quarter that overlaps the programme (R-4.4: targets per quarter). */
	void checkPeriod(String period) {
		if (calendar.phase(period).isPresent()) {
			return;
		}
		Quarter quarter = Quarter.parse(period)
			.orElseThrow(() -> ProblemException.badRequest("target.period.invalid", period));
		if (quarter.lastDay().isBefore(calendar.programmeStart()) || quarter.firstDay().isAfter(calendar.programmeEnd())) {
			throw ProblemException.badRequest("target.period.outside-programme", period);
		}
	}

	public record SubTarget(String unitCode, String name, Integer target) {
	}

	public record TargetView(String unitCode, String period, Integer target, List<SubTarget> subUnits, long subUnitsTotal,
			long subUnitsWithoutTarget, boolean subTargetsAddUp) {
	}
}
