package vn.congdoan.sangkien.initiative;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN {@code markWithdrawn}: the author withdrew before recognition; the reason goes on the timeline. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

	private final InitiativeStatusProjection status;

	private final DecisionLog decisionLog;

	private final Clock clock;

	RecordWithdrawal(InitiativeStatusProjection status, DecisionLog decisionLog, Clock clock) {
		this.status = status;
		this.decisionLog = decisionLog;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Initiative initiative = status.of(execution);
		initiative.withdraw(clock.instant());
		Object reason = execution.getVariable("withdrawReason");
		decisionLog.record(initiative.getId(), "withdraw", "withdrawn", reason == null ? null : reason.toString(),
				initiative.getUnitCode());
	}
}
