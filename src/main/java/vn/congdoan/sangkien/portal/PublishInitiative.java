package vn.congdoan.sangkien.portal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/**
 * BPMN {@code publishInitiative}: uploaded to the portal, so it is published and counted,
 * all in the transaction that completed the upload task.
 */
@Component("publishInitiative")
class PublishInitiative implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	private final UnitPhaseTotals totals;

	PublishInitiative(InitiativeStatusProjection initiatives, UnitPhaseTotals totals) {
		this.initiatives = initiatives;
		this.totals = totals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object reference = execution.getVariable("portalReference");
		Initiative initiative = initiatives.uploaded(execution, reference == null ? null : reference.toString());
		totals.count(initiative);
	}
}
