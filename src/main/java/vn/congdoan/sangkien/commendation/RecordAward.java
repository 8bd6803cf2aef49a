package vn.congdoan.sangkien.commendation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/** BPMN {@code recordAward}: the award and the granting unit, on the commendation and on its initiative if any. */
@Component("recordAward")
class RecordAward implements JavaDelegate {

	private final Commendations commendations;

	private final InitiativeStatusProjection initiatives;

	private final Clock clock;

	RecordAward(Commendations commendations, InitiativeStatusProjection initiatives, Clock clock) {
		this.commendations = commendations;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Award award = Award.valueOf((String) execution.getVariable("award"));
		String unit = (String) execution.getVariable("levelUnit");
		Commendation commendation = commendations.findById(CommendationTimeline.commendationIdOf(execution)).orElseThrow();
		commendation.granted(award, unit, clock.instant());
		// a collective's award stays on its commendation; an initiative shows its own.
		if (!commendation.collective()) {
			initiatives.awarded(execution, award.name(), unit);
		}
	}
}
