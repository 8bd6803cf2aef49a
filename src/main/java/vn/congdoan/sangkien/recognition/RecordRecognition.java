package vn.congdoan.sangkien.recognition;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/** BPMN {@code markRecognised}: eligible; the recognition date and its phase go on the initiative. */
@Component("recordRecognition")
class RecordRecognition implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	private final DecisionLog decisionLog;

	RecordRecognition(InitiativeStatusProjection initiatives, DecisionLog decisionLog) {
		this.initiatives = initiatives;
		this.decisionLog = decisionLog;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String phase = (String) execution.getVariable("recognitionPhase");
		initiatives.recognised(execution, LocalDate.parse(execution.getVariable("recognitionDate").toString()), phase);
		decisionLog.recordAutomatic(initiatives.of(execution).getId(), "checkEligibility", "eligible", phase,
				(String) execution.getVariable("unitCode"));
	}
}
