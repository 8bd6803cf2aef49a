package vn.congdoan.sangkien.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak realm {@code sangkien}: who does what in the programme (docs/rules.md#glossary). */
public enum Role {

	AUTHOR("author"),
	SUPPORT_TEAM("support-team"),
	COUNCIL("council"),
	UNION_OFFICER("union-officer"),
	COMMENDATION_APPROVER("commendation-approver"),
	PROGRAMME_OFFICE("programme-office"),
	CAMUNDA_ADMIN("camunda-admin");

	private final String id;

	Role(String id) {
		this.id = id;
	}

	/** The role's name in Keycloak and the first half of a candidate group. */
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
