package vn.congdoan.sangkien.commendation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * the grassroots union officer proposes a published initiative of their unit for commendation,
 * or the council did when it recognised it; the proposal then climbs the union tree in
 * {@code commendation.bpmn}. One proposal per initiative.
 */
@Service
public class CommendationProposals {

	static final String PROCESS = "commendation";

	/** The commendation's steps on the initiative's timeline. */
	static final String STEP = "commendation";

	private final Commendations commendations;

	private final InitiativeAccess initiatives;

	private final Units units;

	private final RuntimeService runtime;

	private final DecisionLog decisionLog;

	private final Clock clock;

	CommendationProposals(Commendations commendations, InitiativeAccess initiatives, Units units, RuntimeService runtime,
			DecisionLog decisionLog, Clock clock) {
		this.commendations = commendations;
		this.initiatives = initiatives;
		this.units = units;
		this.runtime = runtime;
		this.decisionLog = decisionLog;
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

	@Transactional(readOnly = true)
	public Commendation of(PlatformUser user, long initiativeId) {
		initiatives.visibleTo(user, initiativeId);
		return commendations.findByInitiativeId(initiativeId)
			.orElseThrow(() -> ProblemException.notFound("commendation.not-found", initiativeId));
	}
}
