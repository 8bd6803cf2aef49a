package vn.congdoan.sangkien.initiative;

import java.time.Clock;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Keeps the initiative's status in step with its process: each step of {@code initiative-lifecycle.bpmn}
 * calls {@code ${initiativeStatus.set(execution, 'STATUS')}} as it starts, in the engine's transaction.
 * The model names the status a step reaches; the initiative's transition to it refuses a step its
 * state does not allow.
 */
@Component("initiativeStatus")
public class InitiativeStatusProjection {

	private final Initiatives initiatives;

	private final DecisionLog decisionLog;

	private final Clock clock;

	private final CreditedAuthors creditedAuthors;

	InitiativeStatusProjection(Initiatives initiatives, DecisionLog decisionLog, Clock clock,
			CreditedAuthors creditedAuthors) {
		this.initiatives = initiatives;
		this.decisionLog = decisionLog;
		this.clock = clock;
		this.creditedAuthors = creditedAuthors;
	}

	public void set(DelegateExecution execution, String status) {
		moveTo(of(execution), InitiativeStatus.valueOf(status));
	}

	/**
	 * A step the platform takes by its rules (an exclusion found, a window closed): the status, and the
	 * step on the timeline as the platform's, with the reason the process holds.
	 */
	public void concludeAutomatically(DelegateExecution execution, String status, String step, String outcome,
			String reasonVariable) {
		Initiative initiative = of(execution);
		moveTo(initiative, InitiativeStatus.valueOf(status));
		decisionLog.recordAutomatic(initiative.getId(), step, outcome, (String) execution.getVariable(reasonVariable),
				initiative.getUnitCode());
	}

	private void moveTo(Initiative initiative, InitiativeStatus status) {
		var now = clock.instant();
		switch (status) {
			case IN_SUPPORT_REVIEW -> initiative.reviewBySupportTeam(now);
			case RETURNED_FOR_REVISION -> initiative.returnForRevision(now);
			case DECLINED -> initiative.decline(now);
			case IN_COUNCIL_REVIEW -> initiative.reviewByCouncil(now);
			case CLARIFICATION_REQUESTED -> initiative.askForClarification(now);
			case REFUSED -> initiative.refuse(now);
			case AWAITING_UPLOAD -> initiative.awaitUpload(now);
			case MISSED_UPLOAD_WINDOW -> initiative.missUploadWindow(now);
			case ABANDONED -> initiative.abandon(now);
			// Submission, publication and withdrawal carry more than a status: they have their own calls.
			case DRAFT, PUBLISHED, WITHDRAWN ->
				throw new IllegalArgumentException("No step of the process sets " + status);
		}
	}

	/** The initiative a process instance is about. */
	public Initiative of(VariableScope scope) {
		long id = DecisionLog.initiativeIdOf(scope.getVariable("initiativeId"));
		return initiatives.findById(id).orElseThrow(() -> new IllegalStateException("No initiative " + id));
	}

	/** recognised on this date, counted in this phase. */
	public void recognised(VariableScope scope, LocalDate recognitionDate, String phaseCode) {
		of(scope).recognise(recognitionDate, phaseCode);
	}

	/** the commendation granted to the initiative. */
	public void awarded(VariableScope scope, String award, String unitCode) {
		of(scope).award(award, unitCode);
	}

	/** the certificate of commendation of a grassroots round the head of the unit co-signed. */
	public void awarded(long initiativeId, String award, String unitCode) {
		initiatives.findById(initiativeId)
			.orElseThrow(() -> new IllegalStateException("No initiative " + initiativeId))
			.award(award, unitCode);
	}

	/** uploaded to the national portal; from now on it counts. */
	public Initiative uploaded(VariableScope scope, String portalReference) {
		Initiative initiative = of(scope);
		initiative.publish(clock.instant(), portalReference);
		creditedAuthors.credit(initiative);
		return initiative;
	}
}
