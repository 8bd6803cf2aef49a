package vn.congdoan.sangkien.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;

/**
 * BPMN {@code proposeCommendation} of {@code initiative-lifecycle.bpmn}: the council proposed the
 * initiative for commendation when it recognised it, and it is now published.
 */
@Component("proposeCommendation")
class ProposeCommendation implements JavaDelegate {

	private final CommendationProposals proposals;

	private final InitiativeStatusProjection initiatives;

	ProposeCommendation(CommendationProposals proposals, InitiativeStatusProjection initiatives) {
		this.proposals = proposals;
		this.initiatives = initiatives;
	}

	@Override
	public void execute(DelegateExecution execution) {
		proposals.proposeAsTheCouncilAsked(initiatives.of(execution));
	}
}
