package vn.congdoan.sangkien.idea;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.appointment.Appointments;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.workflow.OverdueTasks;
import vn.congdoan.sangkien.workflow.TaskOverdue;

/**
 * What {@code bpmn/idea-lifecycle.bpmn} does to the idea at each step: its status follows the process; the
 * support team member who takes the idea up names its mentor from the union's support team, or mentors it
 * themself, and nobody mentors their own idea; closing it or sending it back needs a comment, and the latest comment
 * stays on the idea for the author to read.
 */
@Component("ideaSteps")
public class IdeaSteps {

	/** The decisions that need a comment the author can act on. */
	private static final Set<String> NEED_A_COMMENT = Set.of("close", "backToAuthor");

	/** The take-up form's field naming the mentor; left empty, the member who takes the idea up mentors it. */
	static final String NAMED_MENTOR = "namedMentor";

	private final Ideas ideas;

	private final Appointments appointments;

	private final OverdueTasks overdue;

	IdeaSteps(Ideas ideas, Appointments appointments, OverdueTasks overdue) {
		this.overdue = overdue;
		this.ideas = ideas;
		this.appointments = appointments;
	}

	public void status(DelegateExecution execution, String status) {
		ideas.status(ideaId(execution.getVariable("ideaId")), IdeaStatus.valueOf(status));
	}

	/**
	 * Runs as the support team's task completes: the member named mentors the idea, or, none named, the member who
	 * took it up (and claimed the task). A mentor named must hold the support team of the idea's union now: one of
	 * another union is refused and the task stays open.
	 */
	public void takenUp(DelegateTask task) {
		check(task, "takeUpDecision");
		if ("takeUp".equals(task.getVariable("takeUpDecision"))) {
			Object named = task.getVariable(NAMED_MENTOR);
			String mentor = named == null || named.toString().isBlank() ? task.getAssignee() : named.toString().strip();
			// As nobody reviews their own initiative, nobody mentors their own idea.
			if (mentor.equals(task.getVariable("author"))) {
				throw mentor.equals(task.getAssignee()) ? ProblemException.forbidden("idea.own", task.getVariable("ideaId"))
						: mentorRefused("idea.mentor.author", mentor);
			}
			if (!mentor.equals(task.getAssignee())
					&& !appointments.holds(mentor, Role.SUPPORT_TEAM, (String) task.getVariable("unitCode"))) {
				throw mentorRefused("idea.mentor.not-in-team", mentor, task.getVariable("unitCode"));
			}
			task.setVariable("mentor", mentor);
			ideas.mentoredBy(ideaId(task.getVariable("ideaId")), mentor);
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

	/**
	 * An open task of the idea waited past its reminder (durations: sangkien.task-deadlines): the idea shows it, and
	 * who the task waits on is told.
	 */
	public void reminded(DelegateExecution execution, String task) {
		long ideaId = ideaId(execution.getVariable("ideaId"));
		ideas.reminded(ideaId);
		overdue.remind(execution, task, new TaskOverdue.Subject("idea", ideaId, "/inbox"));
	}

	/** The author left the idea past their task's limit. */
	public void abandoned(DelegateExecution execution) {
		ideas.abandoned(ideaId(execution.getVariable("ideaId")));
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

	private static ProblemException mentorRefused(String code, Object... arguments) {
		return ProblemException.invalidFields("task.form.invalid", List.of(new FieldProblem(NAMED_MENTOR, code, arguments)));
	}

	private static long ideaId(Object variable) {
		return ((Number) variable).longValue();
	}
}
