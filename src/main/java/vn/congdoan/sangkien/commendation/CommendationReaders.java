package vn.congdoan.sangkien.commendation;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * Who may read a unit's commendations, as a collective and its grassroots rounds, with the reasons
 * of those who decided: the officers, heads and approvers of the unit or of a unit above it, not its members.
 */
@Component
class CommendationReaders {

	private static final Set<Role> READERS = EnumSet.of(Role.UNION_OFFICER, Role.HEAD_OF_UNIT, Role.COMMENDATION_APPROVER,
			Role.PROGRAMME_OFFICE);

	private final Units units;

	CommendationReaders(Units units) {
		this.units = units;
	}

	void check(PlatformUser user, String unitCode) {
		var selfAndAbove = units.selfAndAncestors(unitCode);
		if (selfAndAbove.isEmpty()) {
			throw ProblemException.notFound("commendation.unit.unknown", unitCode);
		}
		if (user.unitRoles().stream().noneMatch(pair -> READERS.contains(pair.role()) && selfAndAbove.contains(pair.unitCode()))) {
			throw ProblemException.forbidden("commendation.collective.not-visible", unitCode);
		}
	}
}
