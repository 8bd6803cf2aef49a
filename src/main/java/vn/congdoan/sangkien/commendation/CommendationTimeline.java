package vn.congdoan.sangkien.commendation;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.DecisionLog;

/**
 * Where a commendation's steps are written: an initiative's go on its timeline; a collective's, which has
 * no initiative, on the commendation itself.
 */
@Component
class CommendationTimeline {

	static final String SYSTEM = "system";

	private final DecisionLog decisionLog;

	private final CommendationDecisions decisions;

	private final CurrentUser currentUser;

	private final Clock clock;

	CommendationTimeline(DecisionLog decisionLog, CommendationDecisions decisions, CurrentUser currentUser, Clock clock) {
		this.decisionLog = decisionLog;
		this.decisions = decisions;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A step by the signed-in user (or the platform when nobody is), on the process's commendation. */
	void record(VariableScope scope, String step, String outcome, String reason, String unitCode) {
		if (scope.getVariable("initiativeId") instanceof Number initiativeId) {
			decisionLog.record(initiativeId.longValue(), step, outcome, reason, unitCode);
		}
		else {
			record(commendationIdOf(scope), step, outcome, reason, unitCode);
		}
	}

	/** A step of a collective's commendation by the signed-in user. */
	void record(long commendationId, String step, String outcome, String reason, String unitCode) {
		String actor = currentUser.find().map(PlatformUser::username).orElse(SYSTEM);
		decisions.save(new CommendationDecision(commendationId, step, outcome, reason, actor, unitCode, clock.instant()));
	}

	/** A step the platform takes by its rules (a reminder), whoever's request set it off. */
	void recordAutomatic(VariableScope scope, String step, String outcome, String unitCode) {
		if (scope.getVariable("initiativeId") instanceof Number initiativeId) {
			decisionLog.recordAutomatic(initiativeId.longValue(), step, outcome, null, unitCode);
		}
		else {
			decisions.save(new CommendationDecision(commendationIdOf(scope), step, outcome, null, SYSTEM, unitCode,
					clock.instant()));
		}
	}

	List<CommendationDecision> of(long commendationId) {
		return decisions.findByCommendationIdOrderByDecidedAtAscIdAsc(commendationId);
	}

	static long commendationIdOf(VariableScope scope) {
		return ((Number) scope.getVariable("commendationId")).longValue();
	}
}
