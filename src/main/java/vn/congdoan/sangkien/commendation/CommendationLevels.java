package vn.congdoan.sangkien.commendation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * A level decided ({@code levelDecision} completes): a grant must be within the level's authority
 * (DMN {@code commendationAuthority}), VGCL has nobody to forward to, a decline needs a reason. The
 * decision goes on the initiative's timeline with the deciding unit.
 */
@Component("commendationLevels")
public class CommendationLevels {

	private final DecisionService decisions;

	private final DecisionLog decisionLog;

	CommendationLevels(DecisionService decisions, DecisionLog decisionLog) {
		this.decisions = decisions;
		this.decisionLog = decisionLog;
	}

	public void decided(DelegateTask task) {
		String decision = (String) task.getVariable("commendationDecision");
		Object award = task.getVariable("award");
		Object reason = task.getVariable("commendationReason");
		String level = (String) task.getVariable("levelName");
		switch (decision) {
			case "grant" -> {
				if (award == null) {
					refuse("award", "commendation.award.required");
				}
				Boolean allowed = decisions.evaluateDecisionTableByKey("commendationAuthority")
					.variables(Map.of("level", level, "award", award))
					.evaluate()
					.getSingleResult()
					.getEntry("allowed");
				if (!Boolean.TRUE.equals(allowed)) {
					refuse("award", "commendation.award.beyond-authority");
				}
			}
			case "forward" -> {
				if (CommendationChain.of(task).atTop()) {
					refuse("commendationDecision", "commendation.forward.at-top");
				}
			}
			default -> {
				if (reason == null || reason.toString().isBlank()) {
					refuse("commendationReason", "commendation.reason.required");
				}
			}
		}
		decisionLog.record(DecisionLog.initiativeIdOf(task.getVariable("initiativeId")), "commendation:" + level, decision,
				"grant".equals(decision) ? String.valueOf(award) : reason == null ? null : reason.toString(),
				(String) task.getVariable("levelUnit"));
	}

	private static void refuse(String field, String code) {
		throw ProblemException.invalidFields("task.form.invalid", List.of(new FieldProblem(field, code)));
	}
}
