package vn.congdoan.sangkien.portal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/**
 * BPMN {@code publishInitiative}: uploaded to the portal, so it is published, in the transaction
 * that completed the upload task; the publication is announced in the same transaction and counted
 * once it has committed.
 */
@Component("publishInitiative")
class PublishInitiative implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	private final ApplicationEventPublisher events;

	PublishInitiative(InitiativeStatusProjection initiatives, ApplicationEventPublisher events) {
		this.initiatives = initiatives;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object reference = execution.getVariable("portalReference");
		Initiative initiative = initiatives.uploaded(execution, reference == null ? null : reference.toString());
		events.publishEvent(InitiativePublished.of(initiative));
	}
}
