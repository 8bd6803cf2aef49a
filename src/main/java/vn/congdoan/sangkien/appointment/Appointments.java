package vn.congdoan.sangkien.appointment;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.identity.UnitRole;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * the grassroots union officer appoints and removes its support team and council; each level appoints
 * the union officers and commendation approvers of its direct sub-units, the VGCL Office those of level 2.
 * The change goes on the audit log (who, when, what) and the pair to the account in Keycloak, in this order and in
 * one transaction: a failed write to Keycloak takes back the log's row. Anything refused changes nothing.
 */
@Service
public class Appointments {

	private final Units units;

	private final KeycloakAccounts accounts;

	private final JdbcTemplate jdbc;

	Appointments(Units units, KeycloakAccounts accounts, JdbcTemplate jdbc) {
		this.units = units;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Transactional
	public void appoint(PlatformUser by, String unitCode, Role role, String username) {
		UnitRole pair = checkAppointer(by, unitCode, role);
		Map<String, Object> account = accountOf(username);
		List<String> pairs = KeycloakAccounts.unitRolesOf(account);
		log(pair, username, "appointed", by);
		if (!pairs.contains(pair.id())) {
			pairs.add(pair.id());
			accounts.writeUnitRoles(account, pairs);
		}
	}

	@Transactional
	public void remove(PlatformUser by, String unitCode, Role role, String username) {
		UnitRole pair = checkAppointer(by, unitCode, role);
		Map<String, Object> account = accountOf(username);
		List<String> pairs = KeycloakAccounts.unitRolesOf(account);
		if (!pairs.remove(pair.id())) {
			throw ProblemException.notFound("appointment.not-held", username, pair.id());
		}
		log(pair, username, "removed", by);
		accounts.writeUnitRoles(account, pairs);
	}

	/** The pair, if {@code by} may appoint to it; else the refusal. */
	private UnitRole checkAppointer(PlatformUser by, String unitCode, Role role) {
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("appointment.unit.unknown", unitCode));
		if (!appointableIn(role, unit.level())) {
			throw ProblemException.badRequest("appointment.role.not-appointable", role.id(), unitCode);
		}
		boolean allowed = role == Role.SUPPORT_TEAM || role == Role.COUNCIL ? by.holds(Role.UNION_OFFICER, unit.code())
				: appointsOfficers(by, unit);
		if (!allowed) {
			throw ProblemException.forbidden("appointment.outside-subtree", unitCode);
		}
		return new UnitRole(role, unit.code());
	}

	/** A grassroots union has a support team and a council; every unit below VGCL officers; approvers sit above the grassroots. */
	private static boolean appointableIn(Role role, UnitLevel level) {
		return switch (role) {
			case SUPPORT_TEAM, COUNCIL -> level == UnitLevel.GRASSROOTS;
			case UNION_OFFICER -> level != UnitLevel.NATIONAL;
			case COMMENDATION_APPROVER -> level != UnitLevel.NATIONAL && level != UnitLevel.GRASSROOTS;
			default -> false;
		};
	}

	/** The officers of a unit are appointed by those of its parent; of a level-2 unit, by the VGCL Office. */
	private static boolean appointsOfficers(PlatformUser by, Unit unit) {
		String parent = unit.parentCode();
		if (unit.level() == UnitLevel.LEVEL2) {
			return by.holds(Role.PROGRAMME_OFFICE, parent);
		}
		return by.holds(Role.UNION_OFFICER, parent) || by.holds(Role.COMMENDATION_APPROVER, parent);
	}

	private Map<String, Object> accountOf(String username) {
		return accounts.find(username).orElseThrow(() -> ProblemException.notFound("appointment.account.unknown", username));
	}

	private void log(UnitRole pair, String username, String action, PlatformUser by) {
		jdbc.update("insert into appointment_log (unit_code, role, username, action, actor) values (?, ?, ?, ?, ?)",
				pair.unitCode(), pair.role().id(), username, action, by.username());
	}
}
