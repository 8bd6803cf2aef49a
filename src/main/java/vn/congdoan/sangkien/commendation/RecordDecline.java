package vn.congdoan.sangkien.commendation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** BPMN {@code recordDecline}: a level declined; the proposal ends there. */
@Component("recordDecline")
class RecordDecline implements JavaDelegate {

	private final Commendations commendations;

	private final Clock clock;

	RecordDecline(Commendations commendations, Clock clock) {
		this.commendations = commendations;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		commendations.findById(CommendationTimeline.commendationIdOf(execution))
			.orElseThrow()
			.declined(clock.instant());
	}
}
