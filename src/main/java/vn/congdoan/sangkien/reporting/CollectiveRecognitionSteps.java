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

	/** The Office confirmed or amended ({@code confirmRecognition} completes): an amendment names the winners. */
	public void confirmed(DelegateTask task) {
		Object winners = task.getVariable("amendedWinners");
		if ("amend".equals(task.getVariable("recognitionDecision")) && (winners == null || winners.toString().isBlank())) {
			throw ProblemException.invalidFields("task.form.invalid",
					List.of(new FieldProblem("amendedWinners", "recognition.winners.required")));
		}
		task.setVariable("confirmedBy", task.getAssignee());
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
