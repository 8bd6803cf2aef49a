package vn.congdoan.sangkien.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who does what in the programme (docs/rules.md#glossary). Every role but the operator's is held in a union
 * unit ({@link UnitRole}, the user attribute {@code unit_role}); the operator's is a realm role of Keycloak.
 */
public enum Role {

	AUTHOR("author", true),
	SUPPORT_TEAM("support-team", true),
	COUNCIL("council", true),
	UNION_OFFICER("union-officer", true),
	COMMENDATION_APPROVER("commendation-approver", true),
	/** the head of the agency or enterprise of a grassroots union, who co-signs its commendation rounds. */
	HEAD_OF_UNIT("head-of-unit", true),
	PROGRAMME_OFFICE("programme-office", true),
	CAMUNDA_ADMIN("camunda-admin", false);

	private final String id;

	private final boolean unitBound;

	Role(String id, boolean unitBound) {
		this.id = id;
		this.unitBound = unitBound;
	}

	/** Held in a unit ({@code council:CDCS-01-0001}), not as a realm role; the operator's alone is a realm role. */
	public boolean unitBound() {
		return unitBound;
	}

	/** The role's name in a {@link UnitRole} (or in Keycloak's realm roles) and the first half of a candidate group. */
	public String id() {
		return id;
	}

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + id;
	}

	/** The Camunda candidate group of this role in one unit, e.g. {@code council:CDCS-01-0001}. */
	public String candidateGroup(String unitCode) {
		return id + ":" + unitCode;
	}

	public static Optional<Role> ofId(String id) {
		return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
	}
}
