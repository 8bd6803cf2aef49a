package vn.congdoan.sangkien.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * What the council's form cannot say alone. To recognise: a recognition date, not
 * before the initiative was put into application and not in the future, novelty in the unit, application
 * and benefit confirmed. To refuse or to ask for clarification: a reason, and no proposal for
 * commendation. Runs as the task completes;
 * a refusal leaves the task open and nothing written.
 */
@Component("councilRecognitionRules")
public class CouncilRecognitionRules {

	private final InitiativeStatusProjection initiatives;

	private final Clock clock;

	CouncilRecognitionRules(InitiativeStatusProjection initiatives, Clock clock) {
		this.initiatives = initiatives;
		this.clock = clock;
	}

	public void check(DelegateTask task) {
		List<FieldProblem> problems = new ArrayList<>();
		String decision = String.valueOf(task.getVariable("councilDecision"));
		if ("recognise".equals(decision)) {
			Initiative initiative = initiatives.of(task);
			Object date = task.getVariable("recognitionDate");
			if (date == null) {
				problems.add(new FieldProblem("recognitionDate", "recognition.date.required"));
			}
			else {
				LocalDate recognised = LocalDate.parse(date.toString());
				if (recognised.isAfter(LocalDate.now(clock))) {
					problems.add(new FieldProblem("recognitionDate", "recognition.date.future"));
				}
				else if (initiative.getApplicationDate() != null && recognised.isBefore(initiative.getApplicationDate())) {
					problems.add(new FieldProblem("recognitionDate", "recognition.date.before-application",
							initiative.getApplicationDate()));
				}
			}
			requireTicked(task, "noveltyConfirmed", "recognition.novelty.required", problems);
			requireTicked(task, "applicationConfirmed", "recognition.application.required", problems);
			requireTicked(task, "benefitConfirmed", "recognition.benefit.required", problems);
		}
		else {
			Object reason = task.getVariable("councilReason");
			if (reason == null || reason.toString().isBlank()) {
				problems.add(new FieldProblem("councilReason", "recognition.reason.required"));
			}
			// only a recognised initiative can be proposed for commendation; a ticked box here is a slip.
			if (Boolean.TRUE.equals(task.getVariable("commendationProposed"))) {
				problems.add(new FieldProblem("commendationProposed", "recognition.commendation.only-when-recognised"));
			}
		}
		// an exclusion is a ground of refusal; named with a recognition or a question it would be a slip.
		Object exclusion = task.getVariable("exclusion");
		if (!"refuse".equals(decision) && exclusion != null && !exclusion.toString().isBlank()) {
			problems.add(new FieldProblem("exclusion", "recognition.exclusion.only-when-refused"));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields("task.form.invalid", problems);
		}
	}

	private static void requireTicked(DelegateTask task, String key, String code, List<FieldProblem> problems) {
		if (!Boolean.TRUE.equals(task.getVariable(key))) {
			problems.add(new FieldProblem(key, code));
		}
	}
}
