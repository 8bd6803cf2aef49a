package vn.congdoan.sangkien.review;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * What the support team's form cannot say alone: returning an initiative or declining it
 * needs a comment the author can act on. Runs as the task completes; a refusal leaves the task open.
 */
@Component("supportTeamReviewRules")
public class SupportTeamReviewRules {

	private static final Set<String> NEED_A_COMMENT = Set.of("return", "decline");

	public void check(DelegateTask task) {
		Object comment = task.getVariable("supportTeamComment");
		if (NEED_A_COMMENT.contains(String.valueOf(task.getVariable("supportTeamDecision")))
				&& (comment == null || comment.toString().isBlank())) {
			throw ProblemException.invalidFields("task.form.invalid",
					List.of(new FieldProblem("supportTeamComment", "review.comment.required")));
		}
	}
}
