package vn.congdoan.sangkien.identity;

import java.util.Optional;

/**
 * A role a person holds in one union unit, such as {@code council:CDCS-01-0001}: the value of the
 * Keycloak user attribute {@code unit_role} and, written the same way, the Camunda candidate group it
 * acts in. Holding a role in one unit gives nothing in another.
 */
public record UnitRole(Role role, String unitCode) implements Comparable<UnitRole> {

	private static final char SEPARATOR = ':';

	public UnitRole {
		if (!role.unitBound()) {
			throw new IllegalArgumentException(role.id() + " is not held in a unit");
		}
		if (unitCode == null || unitCode.isBlank()) {
			throw new IllegalArgumentException("A unit role needs a unit");
		}
	}

	/**
	 * Reads {@code <role>:<unitCode>}; a value with an unknown role, a role that is not held in a unit, or no
	 * unit is no pair at all (it gives nothing rather than failing the sign-in).
	 */
	public static Optional<UnitRole> parse(String value) {
		int separator = value == null ? -1 : value.indexOf(SEPARATOR);
		if (separator <= 0 || separator == value.length() - 1) {
			return Optional.empty();
		}
		String unitCode = value.substring(separator + 1).strip();
		return Role.ofId(value.substring(0, separator).strip())
			.filter(Role::unitBound)
			.filter(role -> !unitCode.isEmpty())
			.map(role -> new UnitRole(role, unitCode));
	}

	/** The attribute's value and the Camunda candidate group: {@code council:CDCS-01-0001}. */
	public String id() {
		return role.candidateGroup(unitCode);
	}

	@Override
	public int compareTo(UnitRole other) {
		int byRole = role.compareTo(other.role);
		return byRole != 0 ? byRole : unitCode.compareTo(other.unitCode);
	}

	@Override
	public String toString() {
		return id();
	}
}
