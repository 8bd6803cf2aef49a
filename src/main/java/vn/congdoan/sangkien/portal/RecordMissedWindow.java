package vn.congdoan.sangkien.portal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/** BPMN {@code markMissedWindow}: the upload window of its phase closed before the upload. */
@Component("recordMissedWindow")
class RecordMissedWindow implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	RecordMissedWindow(InitiativeStatusProjection initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	public void execute(DelegateExecution execution) {
		initiatives.concludeAutomatically(execution, "MISSED_UPLOAD_WINDOW", "portalUpload", "missed-window",
				"recognitionPhase");
	}
}
