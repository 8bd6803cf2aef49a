package vn.congdoan.sangkien.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * BPMN {@code routeToLevel}: the task of the current level goes to that unit's union officers at the
 * grassroots union and to its commendation approvers above, as a derived candidate group.
 */
@Component("routeCommendation")
class RouteCommendation implements JavaDelegate {

	private final Units units;

	private final Commendations commendations;

	RouteCommendation(Units units, Commendations commendations) {
		this.units = units;
		this.commendations = commendations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Unit unit = units.findByCode(CommendationChain.of(execution).currentUnit()).orElseThrow();
		Role approver = unit.level() == UnitLevel.GRASSROOTS ? Role.UNION_OFFICER : Role.COMMENDATION_APPROVER;
		execution.setVariable("levelUnit", unit.code());
		execution.setVariable("levelName", unit.level().name());
		execution.setVariable("approverGroup", approver.candidateGroup(unit.code()));
		commendations.findById(CommendationTimeline.commendationIdOf(execution))
			.orElseThrow()
			.atLevelOf(unit.code());
	}
}
