package vn.congdoan.sangkien.initiative;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * Who may see an initiative: its author and co-authors; once submitted, the support team, council
 * and officers of its unit, and the officers of the units above it (their subtree); the VGCL Office.
 * Everyone else gets 403, for the initiative and for its attachments alike.
 */
@Component
public class InitiativeAccess {

	private static final Set<Role> OFFICERS_OF_THE_UNIT = EnumSet.of(Role.SUPPORT_TEAM, Role.COUNCIL, Role.UNION_OFFICER);

	private static final Set<Role> OFFICERS_ABOVE = EnumSet.of(Role.UNION_OFFICER, Role.COMMENDATION_APPROVER);

	private final Initiatives initiatives;

	private final Units units;

	InitiativeAccess(Initiatives initiatives, Units units) {
		this.initiatives = initiatives;
		this.units = units;
	}

	@Transactional(readOnly = true)
	public Initiative visibleTo(PlatformUser user, long id) {
		Initiative initiative = find(id);
		if (!maySee(user, initiative)) {
			throw ProblemException.forbidden("initiative.not-visible", id);
		}
		return initiative;
	}

	/** Those of the initiatives the user may see, by id: for lists that show many at once. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Initiative> visibleAmong(PlatformUser user, java.util.Collection<Long> ids) {
		java.util.Map<Long, Initiative> visible = new java.util.LinkedHashMap<>();
		initiatives.findByIdIn(ids).stream().filter(initiative -> maySee(user, initiative))
			.forEach(initiative -> visible.put(initiative.getId(), initiative));
		return visible;
	}

	/** The initiative, if the user is its author (who alone edits, submits, withdraws). */
	Initiative ownedBy(PlatformUser user, long id) {
		Initiative initiative = find(id);
		if (!initiative.getAuthorUsername().equals(user.username())) {
			throw maySee(user, initiative) ? ProblemException.forbidden("initiative.not-author", id)
					: ProblemException.forbidden("initiative.not-visible", id);
		}
		return initiative;
	}

	boolean maySee(PlatformUser user, Initiative initiative) {
		if (isContributor(user, initiative)) {
			return true;
		}
		if (initiative.getStatus() == InitiativeStatus.DRAFT) {
			return false;
		}
		if (user.hasRole(Role.PROGRAMME_OFFICE)) {
			return true;
		}
		if (user.belongsTo(initiative.getUnitCode()) && user.roles().stream().anyMatch(OFFICERS_OF_THE_UNIT::contains)) {
			return true;
		}
		return user.roles().stream().anyMatch(OFFICERS_ABOVE::contains)
				&& units.selfAndAncestors(initiative.getUnitCode()).stream().anyMatch(user::belongsTo);
	}

	private static boolean isContributor(PlatformUser user, Initiative initiative) {
		return initiative.getAuthorUsername().equals(user.username())
				|| initiative.getContributors().stream().anyMatch(c -> user.username().equals(c.getUsername()));
	}

	private Initiative find(long id) {
		return initiatives.findById(id).orElseThrow(() -> ProblemException.notFound("initiative.not-found", id));
	}
}
