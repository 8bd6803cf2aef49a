package vn.congdoan.sangkien.idea;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * What {@code bpmn/idea-lifecycle.bpmn} does to the idea at each step: its status follows the process; the
 * support team member who takes the idea up becomes its mentor, unless it is their own idea; closing it or sending it
 * back needs a comment, and the latest comment stays on the idea for the author to read.
 */
@Component("ideaSteps")
public class IdeaSteps {

	/** The decisions that need a comment the author can act on. */
	private static final Set<String> NEED_A_COMMENT = Set.of("close", "backToAuthor");

	private final Ideas ideas;

	IdeaSteps(Ideas ideas) {
		this.ideas = ideas;
	}

	public void status(DelegateExecution execution, String status) {
		ideas.status(ideaId(execution.getVariable("ideaId")), IdeaStatus.valueOf(status));
	}

	/** Runs as the support team's task completes: the member who took the idea up (and claimed the task) mentors it. */
	public void takenUp(DelegateTask task) {
		check(task, "takeUpDecision");
		if ("takeUp".equals(task.getVariable("takeUpDecision"))) {
			// As nobody reviews their own initiative, nobody mentors their own idea.
			if (task.getAssignee().equals(task.getVariable("author"))) {
				throw ProblemException.forbidden("idea.own", task.getVariable("ideaId"));
			}
			task.setVariable("mentor", task.getAssignee());
			ideas.mentoredBy(ideaId(task.getVariable("ideaId")), task.getAssignee());
		}
	}

	/** Runs as the author's task completes: the idea's text is what they wrote last. */
	public void revised(DelegateTask task) {
		ideas.revised(ideaId(task.getVariable("ideaId")), String.valueOf(task.getVariable("ideaProblem")),
				String.valueOf(task.getVariable("ideaProposal")));
	}

	/** Runs as the mentor's task completes. */
	public void mentored(DelegateTask task) {
		check(task, "mentorDecision");
	}

	public void closed(DelegateExecution execution) {
		ideas.closed(ideaId(execution.getVariable("ideaId")), String.valueOf(execution.getVariable("ideaComment")).strip());
	}

	/** A refusal leaves the task open; a comment given stays on the idea. */
	private void check(DelegateTask task, String decision) {
		Object comment = task.getVariable("ideaComment");
		boolean blank = comment == null || comment.toString().isBlank();
		if (NEED_A_COMMENT.contains(String.valueOf(task.getVariable(decision))) && blank) {
			throw ProblemException.invalidFields("task.form.invalid",
					List.of(new FieldProblem("ideaComment", "idea.comment.required")));
		}
		if (!blank) {
			ideas.commented(ideaId(task.getVariable("ideaId")), comment.toString());
		}
	}

	private static long ideaId(Object variable) {
		return ((Number) variable).longValue();
	}
}
