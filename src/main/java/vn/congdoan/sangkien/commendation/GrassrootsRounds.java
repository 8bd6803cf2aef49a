package vn.congdoan.sangkien.commendation;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.Paging;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.OverdueTasks;
import vn.congdoan.sangkien.workflow.TaskOverdue;

/**
 * the grassroots union commends, with the head of the unit, monthly or when an occasion calls for it. The
 * union officer opens a round of the union's published initiatives, a certificate of commendation (Giấy khen) each;
 * {@code grassroots-commendation.bpmn} asks the head of the unit ({@link Role#HEAD_OF_UNIT}) to co-sign
 * ({@code coSignCommendation}); once they agree, each initiative is commended by the union. Each step goes on every
 * listed initiative's timeline.
 */
@Component("grassrootsRounds")
public class GrassrootsRounds {

	static final String PROCESS = "grassrootsCommendation";

	private final OverdueTasks overdue;

	private final JdbcTemplate jdbc;

	static final String CO_SIGN = "coSignCommendation";

	private final CommendationRounds rounds;

	private final Commendations commendations;

	private final InitiativeAccess access;

	private final InitiativeStatusProjection initiatives;

	private final DecisionLog decisionLog;

	private final Units units;

	private final CommendationReaders readers;

	private final RuntimeService runtime;

	private final CurrentUser currentUser;

	private final Clock clock;

	GrassrootsRounds(CommendationRounds rounds, Commendations commendations, InitiativeAccess access,
			InitiativeStatusProjection initiatives, DecisionLog decisionLog, Units units, CommendationReaders readers,
			RuntimeService runtime, CurrentUser currentUser, Clock clock, OverdueTasks overdue, JdbcTemplate jdbc) {
		this.overdue = overdue;
		this.jdbc = jdbc;
		this.readers = readers;
		this.rounds = rounds;
		this.commendations = commendations;
		this.access = access;
		this.initiatives = initiatives;
		this.decisionLog = decisionLog;
		this.units = units;
		this.runtime = runtime;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The union officer opens a round: monthly ({@code yyyy-MM}, once a month unless the head refused it) or for a
	 * named occasion, of published initiatives of the union not commended and in no other round awaiting the head.
	 */
	@Transactional
	public CommendationRound open(PlatformUser officer, String unitCode, String month, String occasion,
			List<Long> initiativeIds) {
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("commendation.unit.unknown", unitCode));
		if (unit.level() != UnitLevel.GRASSROOTS || !officer.holds(Role.UNION_OFFICER, unitCode)) {
			throw ProblemException.forbidden("commendation.round.not-officer", unitCode);
		}
		YearMonth monthly = kindOf(month, occasion);
		if (initiativeIds == null || initiativeIds.isEmpty()) {
			throw ProblemException.invalidFields("request.invalid",
					List.of(new FieldProblem("initiativeIds", "commendation.round.initiatives.required")));
		}
		// Two rounds opened at once in one union must not both list an initiative: the second waits for the first.
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "commendation-round:" + unitCode);
		Set<Long> listed = new LinkedHashSet<>(initiativeIds);
		Map<Long, Initiative> visible = access.visibleAmong(officer, listed);
		for (long id : listed) {
			Initiative initiative = visible.get(id);
			if (initiative == null || !unitCode.equals(initiative.getUnitCode())) {
				throw ProblemException.badRequest("commendation.round.initiative.other-unit", id, unitCode);
			}
			if (initiative.getStatus() != InitiativeStatus.PUBLISHED) {
				throw ProblemException.conflict("commendation.not-published", initiative.getStatus());
			}
			if (initiative.getAward() != null || commendations.existsByInitiativeId(id)) {
				throw ProblemException.conflict("commendation.round.initiative.commended", id);
			}
			if (rounds.awaitingHeadWith(id)) {
				throw ProblemException.conflict("commendation.round.initiative.in-round", id);
			}
		}
		if (monthly != null && rounds.existsByUnitCodeAndMonthAndStatusNot(unitCode, monthly.atDay(1),
				CommendationRound.Status.REFUSED)) {
			throw ProblemException.conflict("commendation.round.month-taken", monthly.toString(), unitCode);
		}
		CommendationRound round;
		try {
			round = rounds.save(new CommendationRound(unitCode, monthly, monthly == null ? occasion.strip() : null, listed,
					officer.username(), clock.instant()));
		}
		catch (DataIntegrityViolationException e) {
			throw ProblemException.conflict("commendation.round.month-taken", String.valueOf(monthly), unitCode);
		}
		listed.forEach(id -> decisionLog.record(id, CommendationProposals.STEP, "proposed-in-round", round.name(), unitCode));
		var process = runtime.startProcessInstanceByKey(PROCESS, "round-" + round.getId(),
				Map.of("roundId", round.getId(), "unitCode", unitCode, "roundName", round.name(),
						"headGroup", Role.HEAD_OF_UNIT.candidateGroup(unitCode)));
		round.startedAs(process.getId());
		return round;
	}

	/** Monthly or for an occasion, never both nor neither; the month as {@code yyyy-MM}. */
	private static YearMonth kindOf(String month, String occasion) {
		boolean monthly = month != null && !month.isBlank();
		boolean occasional = occasion != null && !occasion.isBlank();
		if (monthly == occasional) {
			throw ProblemException.invalidFields("request.invalid",
					List.of(new FieldProblem("month", "commendation.round.kind.required")));
		}
		if (!monthly) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			throw ProblemException.invalidFields("request.invalid",
					List.of(new FieldProblem("month", "commendation.round.month.invalid")));
		}
	}

	/** A page of the union's rounds, newest first: for whoever holds a role in the union or above it. */
	@Transactional(readOnly = true)
	public Page<CommendationRound> of(PlatformUser user, String unitCode, int page, int size) {
		readers.check(user, unitCode);
		return rounds.findByUnitCodeOrderByOpenedAtDescIdDesc(unitCode,
				Paging.clamped(page, size, CommendationProposals.MAX_PAGE_SIZE));
	}

	/**
	 * BPMN {@code coSignCommendation} completes: the head agrees, or refuses with a reason; either goes on each
	 * initiative's timeline in the head's name.
	 */
	public void coSigned(DelegateTask task) {
		String decision = String.valueOf(task.getVariable("coSignDecision"));
		Object reason = task.getVariable("coSignReason");
		boolean refused = "refuse".equals(decision);
		if (refused && (reason == null || reason.toString().isBlank())) {
			throw ProblemException.invalidFields("task.form.invalid",
					List.of(new FieldProblem("coSignReason", "commendation.round.reason.required")));
		}
		CommendationRound round = roundOf(task);
		String head = currentUser.find().map(PlatformUser::username).orElse(CommendationTimeline.SYSTEM);
		// the co-signature is a second person's; whoever opened the round does not sign it too.
		if (head.equals(round.getOpenedBy())) {
			throw ProblemException.forbidden("commendation.round.own", round.getId());
		}
		round.decided(head, clock.instant(), refused ? reason.toString() : null);
		round.getInitiativeIds().forEach(id -> decisionLog.record(id, CO_SIGN, decision,
				refused ? reason.toString() : round.name(), round.getUnitCode()));
	}

	/** BPMN {@code recordRoundAwards}: each initiative commended by the union, a certificate of commendation. */
	public void grant(DelegateExecution execution) {
		CommendationRound round = roundOf(execution);
		for (long id : round.getInitiativeIds()) {
			// The council asked for its commendation up the chain while the round waited: that one stands.
			if (commendations.existsByInitiativeId(id)) {
				decisionLog.recordAutomatic(id, CO_SIGN, "already-commended", null, round.getUnitCode());
				continue;
			}
			commendations.save(Commendation.ofRound(id, round.getId(), round.getOpenedBy(), round.getOpenedAt(),
					round.getUnitCode(), clock.instant()));
			initiatives.awarded(id, Award.GIAY_KHEN.name(), round.getUnitCode());
		}
		round.granted();
	}

	/** BPMN {@code recordRoundRefusal}: the head refused; the initiatives may go into another round. */
	public void refuse(DelegateExecution execution) {
		roundOf(execution).refused();
	}

	/** BPMN {@code remindCoSign}: the head has left the round too long; the reminder goes on each initiative's timeline. */
	public void remind(DelegateExecution execution) {
		CommendationRound round = roundOf(execution);
		round.getInitiativeIds().forEach(id -> decisionLog.recordAutomatic(id, CO_SIGN, "reminded", null,
				round.getUnitCode()));
		overdue.remind(execution, CO_SIGN, new TaskOverdue.Subject("round", round.getId(), "/inbox"));
	}

	private CommendationRound roundOf(VariableScope scope) {
		long id = ((Number) scope.getVariable("roundId")).longValue();
		return rounds.findById(id).orElseThrow(() -> new IllegalStateException("No commendation round " + id));
	}
}
