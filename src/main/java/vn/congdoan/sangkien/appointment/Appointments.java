package vn.congdoan.sangkien.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
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
import vn.congdoan.sangkien.workflow.TaskDecisions;
import vn.congdoan.sangkien.workflow.TaskInbox;

/**
 * the grassroots union officer appoints and removes its support team and council; each level appoints
 * the union officers and commendation approvers of its direct sub-units, the VGCL Office those of level 2.
 * The change goes on the audit log (who, when, what) and the pair to the account in Keycloak, in this order and in
 * one transaction: a failed write to Keycloak takes back the log's row. Anything refused changes nothing. The
 * changes of one unit are made one after another ({@link #lockUnit}).
 */
@Service
public class Appointments {

	/** The roles someone is appointed to, in the order a page lists them. */
	private static final List<Role> APPOINTABLE = List.of(Role.SUPPORT_TEAM, Role.COUNCIL, Role.UNION_OFFICER,
			Role.COMMENDATION_APPROVER, Role.HEAD_OF_UNIT);

	/** The BPMN step where a union's council decides (bpmn/initiative-lifecycle.bpmn). */
	private static final String COUNCIL_STEP = "councilRecognition";

	/** The audit log's last entries a unit's page shows. */
	private static final int LOG_SHOWN = 20;

	/** The first key of a unit's advisory lock ({@link #lockUnit}): "appo", apart from the other locks' keys. */
	static final int UNIT_LOCKS = 0x6170706f;

	private final Units units;

	private final KeycloakAccounts accounts;

	private final JdbcTemplate jdbc;

	private final TaskInbox tasks;

	private final TaskDecisions decisions;

	private final ObjectProvider<AppointmentChecked> checked;

	Appointments(Units units, KeycloakAccounts accounts, JdbcTemplate jdbc, TaskInbox tasks, TaskDecisions decisions,
			ObjectProvider<AppointmentChecked> checked) {
		this.units = units;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.decisions = decisions;
		this.checked = checked;
	}

	@Transactional
	public void appoint(PlatformUser by, String unitCode, Role role, String username) {
		UnitRole pair = checkAppointer(by, unitCode, role);
		lockUnit(pair.unitCode());
		Map<String, Object> account = accountOf(username);
		List<String> pairs = KeycloakAccounts.unitRolesOf(account);
		log(pair, username, "appointed", by, 0);
		if (!pairs.contains(pair.id())) {
			pairs.add(pair.id());
			accounts.writeUnitRoles(account, pairs);
		}
	}

	/**
	 * Removes the pair from the account. The tasks of the pair's group the member had claimed go back to the group
	 * (they could no longer decide them, and nobody else could take them while claimed), in the same transaction:
	 * the removal's row on the log says how many.
	 */
	@Transactional
	public void remove(PlatformUser by, String unitCode, Role role, String username) {
		UnitRole pair = checkAppointer(by, unitCode, role);
		lockUnit(pair.unitCode());
		Map<String, Object> account = accountOf(username);
		List<String> pairs = KeycloakAccounts.unitRolesOf(account);
		if (!pairs.remove(pair.id())) {
			throw ProblemException.notFound("appointment.not-held", username, pair.id());
		}
		keepLastCouncil(pair, username);
		checked.ifAvailable(hook -> hook.passed(pair, username));
		int returned = decisions.returnToGroup(pair.id(), username);
		log(pair, username, "removed", by, returned);
		accounts.writeUnitRoles(account, pairs);
	}

	/**
	 * A member who signed up on their own joins the grassroots union they chose as an author there (issue 9,
	 * section 3): the one pair a person takes without being appointed, logged as their own doing.
	 */
	@Transactional
	public void join(PlatformUser member, Unit grassroots) {
		UnitRole pair = new UnitRole(Role.AUTHOR, grassroots.code());
		Map<String, Object> account = accountOf(member.username());
		List<String> pairs = KeycloakAccounts.unitRolesOf(account);
		log(pair, member.username(), "joined", member, 0);
		if (!pairs.contains(pair.id())) {
			pairs.add(pair.id());
			accounts.writeUnitRoles(account, pairs);
		}
	}

	/** The role a request names by its id ({@code council}), for the API and the page alike; an unknown id is refused. */
	public static Role roleOf(String id, String unitCode) {
		return Role.ofId(id).orElseThrow(() -> ProblemException.badRequest("appointment.role.not-appointable", id, unitCode));
	}

	/**
	 * Who holds each role {@code by} may appoint in the unit, and the unit's last changes on the audit log; refused
	 * to someone who may appoint nothing there.
	 */
	@Transactional(readOnly = true)
	public Roster roster(PlatformUser by, String unitCode) {
		Unit unit = unitOf(unitCode);
		List<Post> posts = APPOINTABLE.stream()
			.filter(role -> appointableIn(role, unit.level()) && mayAppoint(by, unit, role))
			.map(role -> new Post(role, accounts.holding(role.candidateGroup(unit.code())).stream()
				.map(account -> new Holder(String.valueOf(account.get("username")), nameOf(account)))
				.toList()))
			.toList();
		if (posts.isEmpty()) {
			throw ProblemException.forbidden("appointment.outside-subtree", unitCode);
		}
		List<LogEntry> log = jdbc.query("""
				select at, action, role, username, actor, tasks_returned from appointment_log
				where unit_code = ? order by at desc, id desc limit ?""",
				(rs, row) -> new LogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6)), unit.code(), LOG_SHOWN);
		return new Roster(unit, posts, log);
	}

	/**
	 * Whether the member holds the role in the unit as Keycloak has it now, not as a sign-in token had it: a step
	 * that names someone for a unit's role (the idea's mentor, R-5.1) asks this.
	 */
	public boolean holds(String username, Role role, String unitCode) {
		return accounts.find(username)
			.map(KeycloakAccounts::unitRolesOf)
			.orElse(List.of())
			.contains(role.candidateGroup(unitCode));
	}

	/**
	 * the last council member of a grassroots union is not removed while initiatives wait for its council:
	 * they would wait for no one. The tasks stay with the union's council group; appoint the new member first.
	 */
	private void keepLastCouncil(UnitRole pair, String username) {
		if (pair.role() != Role.COUNCIL) {
			return;
		}
		boolean othersRemain = accounts.holding(pair.id()).stream().anyMatch(account -> !username.equals(account.get("username")));
		long waiting = othersRemain ? 0 : tasks.waitingFor(pair.id(), COUNCIL_STEP);
		if (waiting > 0) {
			throw ProblemException.conflict("appointment.last-council", username, pair.unitCode(), waiting);
		}
	}

	/**
	 * The changes of one unit's pairs are made one at a time, on every node: a PostgreSQL advisory lock on the unit's
	 * code, held until the transaction ends, taken before Keycloak is read. Otherwise two officers removing the last
	 * two council members at once would each read the other as remaining, and both succeed. Keycloak has
	 * no transaction nor conditional write to make its read-then-write safe; the unit's row is the unit module's
	 * (no SQL of ours on it, TableOwnershipTest) and a row lock there would also wait on the imports that update it;
	 * an advisory lock needs no table, is shared by all nodes through their one database, and goes with a commit or
	 * a rollback alike. A hash collision of two codes only makes their changes wait for each other.
	 */
	private void lockUnit(String unitCode) {
		jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))", UNIT_LOCKS, unitCode);
	}

	/** The pair, if {@code by} may appoint to it; else the refusal. */
	private UnitRole checkAppointer(PlatformUser by, String unitCode, Role role) {
		Unit unit = unitOf(unitCode);
		if (!appointableIn(role, unit.level())) {
			throw ProblemException.badRequest("appointment.role.not-appointable", role.id(), unitCode);
		}
		if (!mayAppoint(by, unit, role)) {
			throw ProblemException.forbidden("appointment.outside-subtree", unitCode);
		}
		return new UnitRole(role, unit.code());
	}

	private Unit unitOf(String unitCode) {
		return units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("appointment.unit.unknown", unitCode));
	}

	private static boolean mayAppoint(PlatformUser by, Unit unit, Role role) {
		return role == Role.SUPPORT_TEAM || role == Role.COUNCIL ? by.holds(Role.UNION_OFFICER, unit.code())
				: appointsOfficers(by, unit);
	}

	/** Vietnamese order, family name first, as the platform shows people. */
	static String nameOf(Map<String, Object> account) {
		String name = (Objects.toString(account.get("lastName"), "") + " " + Objects.toString(account.get("firstName"), "")).strip();
		return name.isEmpty() ? String.valueOf(account.get("username")) : name;
	}

	/**
	 * A grassroots union has a support team, a council and a head of unit; every unit below VGCL officers;
	 * approvers sit above the grassroots. The head, who co-signs the union officer's commendations, is appointed from
	 * above like the officers, never by the officer whose rounds they co-sign.
	 */
	private static boolean appointableIn(Role role, UnitLevel level) {
		return switch (role) {
			case SUPPORT_TEAM, COUNCIL, HEAD_OF_UNIT -> level == UnitLevel.GRASSROOTS;
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

	/** Who holds which role in a unit, the roles the viewer may appoint there, and the unit's last changes. */
	public record Roster(Unit unit, List<Post> posts, List<LogEntry> log) {

		/** The roles the viewer may appoint here. */
		public List<Role> roles() {
			return posts.stream().map(Post::role).toList();
		}
	}

	/** A role in the unit and the accounts that hold it. */
	public record Post(Role role, List<Holder> holders) {
	}

	public record Holder(String username, String name) {
	}

	/**
	 * One change on the audit log: {@code action} is {@code appointed}, {@code removed} or {@code joined};
	 * {@code tasksReturned}, the claimed tasks a removal gave back to the group.
	 */
	public record LogEntry(Instant at, String action, String role, String username, String actor, int tasksReturned) {
	}

	private void log(UnitRole pair, String username, String action, PlatformUser by, int tasksReturned) {
		jdbc.update("""
				insert into appointment_log (unit_code, role, username, action, actor, tasks_returned)
				values (?, ?, ?, ?, ?, ?)""", pair.unitCode(), pair.role().id(), username, action, by.username(),
				tasksReturned);
	}
}
