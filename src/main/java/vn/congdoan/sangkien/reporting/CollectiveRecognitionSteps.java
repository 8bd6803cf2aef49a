package vn.congdoan.sangkien.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

/** The service steps of {@code collective-recognition.bpmn}. */
@Component("collectiveRecognitionSteps")
public class CollectiveRecognitionSteps {

	private final ComputeCandidates candidates;

	private final PublishRecognition publication;

	CollectiveRecognitionSteps(ComputeCandidates candidates, PublishRecognition publication) {
		this.candidates = candidates;
		this.publication = publication;
	}

	public void computeCandidates(DelegateExecution execution) {
		candidates.compute(id(execution));
	}

	/**
	 * the VGCL emulation and commendation council decided the final review ({@code emulationCouncilDecision}
	 * completes): a list of its own names the individuals.
	 */
	public void councilDecided(DelegateTask task) {
		requireNames(task, "councilWinnersDecision", "councilWinners");
		task.setVariable("decidedBy", task.getAssignee());
	}

	/**
	 * The Office confirmed or amended ({@code confirmRecognition} completes): an amendment names the winners. Confirming
	 * a final review confirms the council's decision, its own list if it named one.
	 */
	public void confirmed(DelegateTask task) {
		requireNames(task, "recognitionDecision", "amendedWinners");
		if ("confirm".equals(task.getVariable("recognitionDecision")) && "amend".equals(task.getVariable("councilWinnersDecision"))) {
			task.setVariable("recognitionDecision", "amend");
			task.setVariable("amendedWinners", task.getVariable("councilWinners"));
		}
		task.setVariable("confirmedBy", task.getAssignee());
	}

	private static void requireNames(DelegateTask task, String decision, String names) {
		Object winners = task.getVariable(names);
		if ("amend".equals(task.getVariable(decision)) && (winners == null || winners.toString().isBlank())) {
			throw ProblemException.invalidFields("task.form.invalid",
					List.of(new FieldProblem(names, "recognition.winners.required")));
		}
	}

	public void publish(DelegateExecution execution) {
		publication.publish(id(execution), (String) execution.getVariable("recognitionDecision"),
				(String) execution.getVariable("amendedWinners"), (String) execution.getVariable("recognitionNote"),
				(String) execution.getVariable("confirmedBy"));
	}

	private static long id(DelegateExecution execution) {
		return ((Number) execution.getVariable("recognitionId")).longValue();
	}
}
