package vn.congdoan.sangkien.portal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/** BPMN {@code markMissedWindow}: the upload window of its phase closed before the upload. */
@Component("recordMissedWindow")
class RecordMissedWindow implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	private final DecisionLog decisionLog;

	RecordMissedWindow(InitiativeStatusProjection initiatives, DecisionLog decisionLog) {
		this.initiatives = initiatives;
		this.decisionLog = decisionLog;
	}

	@Override
	public void execute(DelegateExecution execution) {
		initiatives.set(execution, "MISSED_UPLOAD_WINDOW");
		decisionLog.recordAutomatic(initiatives.of(execution).getId(), "portalUpload", "missed-window",
				(String) execution.getVariable("recognitionPhase"), (String) execution.getVariable("unitCode"));
	}
}
