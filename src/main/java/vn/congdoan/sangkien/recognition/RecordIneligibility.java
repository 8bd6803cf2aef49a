package vn.congdoan.sangkien.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/** BPMN {@code markIneligible}: the eligibility decision named an exclusion. */
@Component("recordIneligibility")
class RecordIneligibility implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	RecordIneligibility(InitiativeStatusProjection initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	public void execute(DelegateExecution execution) {
		initiatives.concludeAutomatically(execution, "REFUSED", "checkEligibility", "ineligible", "exclusion");
	}
}
