package vn.congdoan.sangkien.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person behind a request, as their Keycloak token says: user name, realm roles and the union
 * units they belong to (claim {@code unit}; an officer of several units carries several). Camunda
 * candidate groups are derived from it, never stored per person.
 */
public record PlatformUser(String username, String displayName, Set<Role> roles, Set<String> unitCodes) {

	public PlatformUser {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		unitCodes = Set.copyOf(unitCodes);
	}

	/** Reads the claims of an access token or of an ID token. */
	static PlatformUser fromClaims(Map<String, Object> claims) {
		String username = String.valueOf(claims.getOrDefault("preferred_username", claims.get("sub")));
		return new PlatformUser(username, displayNameOf(claims, username), rolesOf(claims), stringsOf(claims.get("unit")));
	}

	/** Vietnamese order: family name first ("Nguyễn Văn An"), whatever order Keycloak's {@code name} uses. */
	private static String displayNameOf(Map<String, Object> claims, String username) {
		if (claims.get("family_name") instanceof String family && claims.get("given_name") instanceof String given) {
			return (family + " " + given).strip();
		}
		return claims.get("name") instanceof String name && !name.isBlank() ? name : username;
	}

	static Set<Role> rolesOf(Map<String, Object> claims) {
		Object realmAccess = claims.get("realm_access");
		if (!(realmAccess instanceof Map<?, ?> access)) {
			return Set.of();
		}
		return stringsOf(access.get("roles")).stream()
			.flatMap(id -> Role.ofId(id).stream())
			.collect(Collectors.toSet());
	}

	private static Set<String> stringsOf(Object claim) {
		if (claim instanceof String single) {
			return single.isBlank() ? Set.of() : Set.of(single);
		}
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
		}
		return Set.of();
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** For pages: the role by its id in the realm ({@code author}, {@code council}...). */
	public boolean hasRole(String roleId) {
		return roles.stream().anyMatch(role -> role.id().equals(roleId));
	}

	public boolean belongsTo(String unitCode) {
		return unitCodes.contains(unitCode);
	}

	/** Every {@code <role>:<unitCode>} pair of this user: the Camunda groups they act in. */
	public List<String> candidateGroups() {
		return roles.stream()
			.sorted()
			.flatMap(role -> unitCodes.stream().sorted().map(role::candidateGroup))
			.toList();
	}
}
