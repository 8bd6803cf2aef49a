package vn.congdoan.sangkien.initiative;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * Who may see an initiative: its author and co-authors; once submitted, the support team, council
 * and officers of its unit, and the officers of the units above it (their subtree); the VGCL Office.
 * Each role counts in the unit it is held in: council elsewhere sees nothing here. Everyone else
 * gets 403, for the initiative and for its attachments alike.
 * <p>
 * What the author asks to keep confidential (Circular 18/2013, Appendix I) stays in the unit: its authors and
 * co-authors with an account, and the support team, council and officers of its own unit read it; the officers
 * above, the Office and the public pages see the initiative without it.
 */
@Component
public class InitiativeAccess {

	private static final Set<Role> OFFICERS_OF_THE_UNIT = EnumSet.of(Role.SUPPORT_TEAM, Role.COUNCIL, Role.UNION_OFFICER);

	private static final Set<Role> OFFICERS_ABOVE = EnumSet.of(Role.UNION_OFFICER, Role.COMMENDATION_APPROVER,
			Role.PROGRAMME_OFFICE);

	private final Initiatives initiatives;

	private final Units units;

	private final CurrentUser currentUser;

	InitiativeAccess(Initiatives initiatives, Units units, CurrentUser currentUser) {
		this.initiatives = initiatives;
		this.units = units;
		this.currentUser = currentUser;
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
		String unitCode = initiative.getUnitCode();
		if (OFFICERS_OF_THE_UNIT.stream().anyMatch(role -> user.holds(role, unitCode))) {
			return true;
		}
		if (OFFICERS_ABOVE.stream().noneMatch(user::hasRole)) {
			return false;
		}
		// The VGCL Office holds its role in the national unit, above every other.
		List<String> chain = units.selfAndAncestors(unitCode);
		return OFFICERS_ABOVE.stream().anyMatch(role -> user.holdsInAny(role, chain));
	}

	/** The confidential content of an initiative the user may see, when they may read it too; else null. */
	public String confidentialContent(PlatformUser user, Initiative initiative) {
		return readsConfidential(user, initiative) ? initiative.confidentialContent() : null;
	}

	/** The same for the signed-in user of the request: what the initiative's pages show. */
	public String confidentialContent(Initiative initiative) {
		return readsConfidential(initiative) ? initiative.confidentialContent() : null;
	}

	/** Whether the signed-in user of the request reads what the initiative keeps confidential, its files included. */
	boolean readsConfidential(Initiative initiative) {
		return currentUser.find().map(user -> readsConfidential(user, initiative)).orElse(false);
	}

	boolean readsConfidential(PlatformUser user, Initiative initiative) {
		if (isContributor(user, initiative)) {
			return true;
		}
		String unitCode = initiative.getUnitCode();
		return initiative.getStatus() != InitiativeStatus.DRAFT
				&& OFFICERS_OF_THE_UNIT.stream().anyMatch(role -> user.holds(role, unitCode));
	}

	private static boolean isContributor(PlatformUser user, Initiative initiative) {
		return initiative.getAuthorUsername().equals(user.username())
				|| initiative.getContributors().stream().anyMatch(c -> user.username().equals(c.getUsername()));
	}

	private Initiative find(long id) {
		return initiatives.findById(id).orElseThrow(() -> ProblemException.notFound("initiative.not-found", id));
	}
}
