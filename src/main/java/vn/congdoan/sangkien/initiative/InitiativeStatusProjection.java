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

	private final DecisionLog decisionLog;

	private final Clock clock;

	InitiativeStatusProjection(Initiatives initiatives, DecisionLog decisionLog, Clock clock) {
		this.initiatives = initiatives;
		this.decisionLog = decisionLog;
		this.clock = clock;
	}

	public void set(DelegateExecution execution, String status) {
		of(execution).moveTo(InitiativeStatus.valueOf(status), clock.instant());
	}

	/**
	 * A step the platform takes by its rules (an exclusion found, a window closed): the status, and the
	 * step on the timeline as the platform's, with the reason the process holds.
	 */
	public void concludeAutomatically(DelegateExecution execution, String status, String step, String outcome,
			String reasonVariable) {
		Initiative initiative = of(execution);
		initiative.moveTo(InitiativeStatus.valueOf(status), clock.instant());
		decisionLog.recordAutomatic(initiative.getId(), step, outcome, (String) execution.getVariable(reasonVariable),
				initiative.getUnitCode());
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
