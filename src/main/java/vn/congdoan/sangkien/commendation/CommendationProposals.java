package vn.congdoan.sangkien.commendation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.Paging;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * the grassroots union officer proposes a published initiative of their unit for commendation,
 * or the council did when it recognised it: a union above proposes a collective, a unit below it.
 * The proposal then climbs the union tree in {@code commendation.bpmn}. One proposal per initiative, one
 * in progress per collective.
 */
@Service
public class CommendationProposals {

	static final String PROCESS = "commendation";

	/** The commendation's steps on the initiative's timeline. */
	static final String STEP = "commendation";

	/** The largest page of a unit's commendations or rounds (a larger size is clamped). */
	static final int MAX_PAGE_SIZE = 100;

	private final Commendations commendations;

	private final InitiativeAccess initiatives;

	private final Units units;

	private final RuntimeService runtime;

	private final DecisionLog decisionLog;

	private final CommendationTimeline timeline;

	private final CommendationReaders readers;

	private final CommendationRounds rounds;

	private final Clock clock;

	CommendationProposals(Commendations commendations, InitiativeAccess initiatives, Units units, RuntimeService runtime,
			DecisionLog decisionLog, CommendationTimeline timeline, CommendationReaders readers, CommendationRounds rounds,
			Clock clock) {
		this.commendations = commendations;
		this.initiatives = initiatives;
		this.units = units;
		this.runtime = runtime;
		this.decisionLog = decisionLog;
		this.timeline = timeline;
		this.readers = readers;
		this.rounds = rounds;
		this.clock = clock;
	}

	@Transactional
	public Commendation propose(PlatformUser officer, long initiativeId, String reason) {
		Initiative initiative = initiatives.visibleTo(officer, initiativeId);
		if (!isProposer(officer, initiative)) {
			throw ProblemException.forbidden("commendation.not-proposer", initiative.getUnitCode());
		}
		if (initiative.getStatus() != InitiativeStatus.PUBLISHED) {
			throw ProblemException.conflict("commendation.not-published", initiative.getStatus());
		}
		// its union's round awaits the head of the unit; it goes up only if they refuse.
		if (rounds.awaitingHeadWith(initiativeId)) {
			throw ProblemException.conflict("commendation.round.initiative.in-round", initiativeId);
		}
		Commendation commendation = start(initiative, officer.username());
		decisionLog.record(initiativeId, STEP, "proposed", reason, initiative.getUnitCode());
		return commendation;
	}

	/** whether the officer may propose the initiative now; its page offers the proposal only then. */
	public boolean proposable(PlatformUser officer, Initiative initiative) {
		return isProposer(officer, initiative) && initiative.getStatus() == InitiativeStatus.PUBLISHED;
	}

	/** the grassroots union officer of the initiative's own unit. */
	private static boolean isProposer(PlatformUser officer, Initiative initiative) {
		return officer.holds(Role.UNION_OFFICER, initiative.getUnitCode());
	}

	/**
	 * the council proposed the initiative for commendation when it recognised it; now that it is
	 * published, the proposal goes up in the name of the council member who recognised it.
	 */
	@Transactional
	public Commendation proposeAsTheCouncilAsked(Initiative initiative) {
		String councilMember = decisionLog.recordOnBehalfOfLastDecider(initiative.getId(), "councilRecognition", STEP,
				"proposed-by-council", initiative.getUnitCode());
		return start(initiative, councilMember);
	}

	/** One proposal per initiative, then {@code commendation.bpmn} from the initiative's own unit upward. */
	private Commendation start(Initiative initiative, String proposedBy) {
		long initiativeId = initiative.getId();
		if (commendations.existsByInitiativeId(initiativeId)) {
			throw ProblemException.conflict("commendation.already-proposed", initiativeId);
		}
		Commendation commendation;
		try {
			commendation = commendations.save(new Commendation(initiativeId, proposedBy, initiative.getUnitCode(),
					clock.instant()));
		}
		catch (DataIntegrityViolationException e) {
			throw ProblemException.conflict("commendation.already-proposed", initiativeId);
		}
		List<String> chain = units.selfAndAncestors(initiative.getUnitCode());
		var process = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(initiativeId),
				Map.of("initiativeId", initiativeId, "commendationId", commendation.getId(), "chain", String.join(",", chain),
						"level", 0, "unitCode", initiative.getUnitCode()));
		commendation.startedAs(process.getId());
		return commendation;
	}

	/**
	 * a commendation approver or union officer of a union above the collective proposes it, with the award
	 * they have in mind; the chain starts at their own union (the nearest above the collective where they hold
	 * the role), which grants it within its authority or forwards it up.
	 */
	@Transactional
	public Commendation proposeCollective(PlatformUser proposer, String unitCode, String award, String achievement) {
		List<String> above = aboveCollective(unitCode);
		String proposerUnit = above.stream()
			.filter(unit -> proposer.holds(Role.COMMENDATION_APPROVER, unit) || proposer.holds(Role.UNION_OFFICER, unit))
			.findFirst()
			.orElseThrow(() -> ProblemException.forbidden("commendation.collective.not-proposer", unitCode));
		Award proposed = awardOf(award);
		if (commendations.existsByUnitCodeAndStatus(unitCode, Commendation.Status.IN_PROGRESS)) {
			throw ProblemException.conflict("commendation.collective.in-progress", unitCode);
		}
		Commendation commendation;
		try {
			commendation = commendations.save(Commendation.ofCollective(unitCode, achievement, proposer.username(),
					proposerUnit, clock.instant()));
		}
		catch (DataIntegrityViolationException e) {
			throw ProblemException.conflict("commendation.collective.in-progress", unitCode);
		}
		timeline.record(commendation.getId(), STEP, "proposed", achievement, proposerUnit);
		List<String> chain = units.selfAndAncestors(proposerUnit);
		var process = runtime.startProcessInstanceByKey(PROCESS, "collective-" + commendation.getId(),
				Map.of("commendationId", commendation.getId(), "chain", String.join(",", chain), "level", 0,
						"unitCode", unitCode, "proposedAward", proposed.name(), "proposedBy", proposer.username()));
		commendation.startedAs(process.getId());
		return commendation;
	}

	/**
	 * a page of a collective's commendations, newest first, with their decisions; for whoever holds a role
	 * in or above it. A unit proposes again year after year: the list grows with its history.
	 */
	@Transactional(readOnly = true)
	public Page<CollectiveCommendation> ofCollective(PlatformUser user, String unitCode, int page, int size) {
		readers.check(user, unitCode);
		return commendations.findByUnitCodeOrderByProposedAtDescIdDesc(unitCode, Paging.clamped(page, size, MAX_PAGE_SIZE))
			.map(commendation -> new CollectiveCommendation(commendation, timeline.of(commendation.getId())));
	}

	/** A collective's commendation and its decisions. */
	public record CollectiveCommendation(Commendation commendation, List<CommendationDecision> decisions) {
	}

	/** The units strictly above the collective, nearest first; 404 for a unit the tree does not know. */
	private List<String> aboveCollective(String unitCode) {
		List<String> selfAndAbove = units.selfAndAncestors(unitCode);
		if (selfAndAbove.isEmpty()) {
			throw ProblemException.notFound("commendation.unit.unknown", unitCode);
		}
		return selfAndAbove.subList(1, selfAndAbove.size());
	}

	private static Award awardOf(String award) {
		try {
			return Award.valueOf(String.valueOf(award));
		}
		catch (IllegalArgumentException e) {
			throw ProblemException.invalidFields("request.invalid",
					List.of(new FieldProblem("award", "commendation.award.unknown")));
		}
	}

	@Transactional(readOnly = true)
	public Commendation of(PlatformUser user, long initiativeId) {
		initiatives.visibleTo(user, initiativeId);
		return commendations.findByInitiativeId(initiativeId)
			.orElseThrow(() -> ProblemException.notFound("commendation.not-found", initiativeId));
	}
}
