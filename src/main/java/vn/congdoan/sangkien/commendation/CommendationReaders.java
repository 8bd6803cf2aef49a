package vn.congdoan.sangkien.commendation;

import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * Who may read a unit's commendations, as a collective and its grassroots rounds: whoever holds a
 * role in the unit or in a unit above it.
 */
@Component
class CommendationReaders {

	private final Units units;

	CommendationReaders(Units units) {
		this.units = units;
	}

	void check(PlatformUser user, String unitCode) {
		var selfAndAbove = units.selfAndAncestors(unitCode);
		if (selfAndAbove.isEmpty()) {
			throw ProblemException.notFound("commendation.unit.unknown", unitCode);
		}
		if (user.unitRoles().stream().noneMatch(pair -> selfAndAbove.contains(pair.unitCode()))) {
			throw ProblemException.forbidden("commendation.collective.not-visible", unitCode);
		}
	}
}
