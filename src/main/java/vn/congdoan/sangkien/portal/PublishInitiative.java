package vn.congdoan.sangkien.portal;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;
import vn.congdoan.sangkien.system.CommitCounter;

/**
 * BPMN {@code publishInitiative}: uploaded to the portal, so it is published, in the transaction
 * that completed the upload task; the publication is announced in the same transaction and counted
 * once it has committed; so is the upload, for the operators' uploads per hour.
 */
@Component("publishInitiative")
class PublishInitiative implements JavaDelegate {

	private final InitiativeStatusProjection initiatives;

	private final ApplicationEventPublisher events;

	private final CommitCounter uploads;

	PublishInitiative(InitiativeStatusProjection initiatives, ApplicationEventPublisher events, MeterRegistry registry) {
		this.initiatives = initiatives;
		this.events = events;
		this.uploads = new CommitCounter(registry, "sangkien.portal.uploads", "Initiatives uploaded to the national portal");
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object reference = execution.getVariable("portalReference");
		Initiative initiative = initiatives.uploaded(execution, reference == null ? null : reference.toString());
		events.publishEvent(InitiativePublished.of(initiative));
		uploads.count();
	}
}
