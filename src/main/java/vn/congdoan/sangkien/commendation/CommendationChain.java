package vn.congdoan.sangkien.commendation;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Where a commendation proposal stands on its way up: the chain of units and the index of the current level. */
record CommendationChain(List<String> units, int level) {

	static CommendationChain of(VariableScope scope) {
		return new CommendationChain(List.of(((String) scope.getVariable("chain")).split(",")),
				((Number) scope.getVariable("level")).intValue());
	}

	String currentUnit() {
		return units.get(level);
	}

	boolean atTop() {
		return level == units.size() - 1;
	}
}
