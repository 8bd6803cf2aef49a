package vn.congdoan.sangkien.initiative;

import java.time.Clock;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Keeps the initiative's status in step with its process: each step of {@code initiative-lifecycle.bpmn}
 * calls {@code ${initiativeStatus.set(execution, 'STATUS')}} as it starts, in the engine's transaction.
 */
@Component("initiativeStatus")
public class InitiativeStatusProjection {

	private final Initiatives initiatives;

	private final Clock clock;

	InitiativeStatusProjection(Initiatives initiatives, Clock clock) {
		this.initiatives = initiatives;
		this.clock = clock;
	}

	public void set(DelegateExecution execution, String status) {
		of(execution).moveTo(InitiativeStatus.valueOf(status), clock.instant());
	}

	/** The initiative a process instance is about. */
	public Initiative of(VariableScope scope) {
		long id = DecisionLog.initiativeIdOf(scope.getVariable("initiativeId"));
		return initiatives.findById(id).orElseThrow(() -> new IllegalStateException("No initiative " + id));
	}

	/** recognised on this date, counted in this phase. */
	public void recognised(VariableScope scope, LocalDate recognitionDate, String phaseCode) {
		of(scope).recognised(recognitionDate, phaseCode);
	}

	/** the commendation granted to the initiative. */
	public void awarded(VariableScope scope, String award, String unitCode) {
		of(scope).awarded(award, unitCode);
	}

	/** uploaded to the national portal; from now on it counts. */
	public Initiative uploaded(VariableScope scope, String portalReference) {
		Initiative initiative = of(scope);
		initiative.uploaded(clock.instant(), portalReference);
		return initiative;
	}
}
