package vn.congdoan.sangkien.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The person behind a request, as their Keycloak token says: user name and the roles they hold, each in
 * one union unit (claim {@code unit_role}, values such as {@code council:CDCS-01-0001}; ). Someone who
 * is council in one union and author in another is council in the first only. Camunda candidate groups are
 * these pairs, never every role in every unit.
 */
public record PlatformUser(String username, String displayName, Set<UnitRole> unitRoles) {

	/** The token claim (and Keycloak user attribute) that carries the pairs. */
	public static final String UNIT_ROLE_CLAIM = "unit_role";

	public PlatformUser {
		unitRoles = Set.copyOf(unitRoles);
	}

	/** Someone who holds one role in one unit, as most people do. */
	public static PlatformUser of(String username, String displayName, Role role, String unitCode) {
		return new PlatformUser(username, displayName, Set.of(new UnitRole(role, unitCode)));
	}

	/** Reads the claims of an access token or of an ID token. */
	static PlatformUser fromClaims(Map<String, Object> claims) {
		String username = String.valueOf(claims.getOrDefault("preferred_username", claims.get("sub")));
		return new PlatformUser(username, displayNameOf(claims, username), unitRolesOf(claims));
	}

	/** Vietnamese order: family name first ("Nguyễn Văn An"), whatever order Keycloak's {@code name} uses. */
	private static String displayNameOf(Map<String, Object> claims, String username) {
		if (claims.get("family_name") instanceof String family && claims.get("given_name") instanceof String given) {
			return (family + " " + given).strip();
		}
		return claims.get("name") instanceof String name && !name.isBlank() ? name : username;
	}

	private static Set<UnitRole> unitRolesOf(Map<String, Object> claims) {
		return stringsOf(claims.get(UNIT_ROLE_CLAIM))
			.flatMap(value -> UnitRole.parse(value).stream())
			.collect(Collectors.toSet());
	}

	/**
	 * The roles that become Spring Security authorities, for coarse checks ({@code hasRole('author')}: held
	 * somewhere): those of the pairs, and of the realm roles only the one that is not held in a unit (the
	 * operator's). A realm role {@code council} gives nothing: a council member is council in a unit.
	 */
	static Set<Role> rolesOf(Map<String, Object> claims) {
		Stream<Role> operator = claims.get("realm_access") instanceof Map<?, ?> access
				? stringsOf(access.get("roles")).flatMap(id -> Role.ofId(id).stream()).filter(role -> !role.unitBound())
				: Stream.empty();
		return Stream.concat(unitRolesOf(claims).stream().map(UnitRole::role), operator)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	private static Stream<String> stringsOf(Object claim) {
		if (claim instanceof String single) {
			return Stream.of(single);
		}
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf);
		}
		return Stream.empty();
	}

	/** Whether the user holds the role in this very unit. */
	public boolean holds(Role role, String unitCode) {
		return unitRoles.contains(new UnitRole(role, unitCode));
	}

	/** Whether the user holds the role in one of these units (a unit and its ancestors, for an officer above). */
	public boolean holdsInAny(Role role, Collection<String> unitCodes) {
		return unitCodes.stream().anyMatch(unitCode -> holds(role, unitCode));
	}

	/** The units where the user holds the role, in code order. */
	public Set<String> unitsWhere(Role role) {
		return unitRoles.stream()
			.filter(pair -> pair.role() == role)
			.map(UnitRole::unitCode)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The first unit, in code order, where the user holds one of these roles. */
	public Optional<String> firstUnitWhereAny(Collection<Role> roles) {
		return unitRoles.stream().filter(pair -> roles.contains(pair.role())).map(UnitRole::unitCode).sorted().findFirst();
	}

	/** The roles held in some unit: for coarse checks (a menu entry) and records, never to let someone act in a unit. */
	public Set<Role> roles() {
		return unitRoles.stream().map(UnitRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	/** Whether the user holds the role in some unit: a coarse check, the unit is checked where it is known. */
	public boolean hasRole(Role role) {
		return unitRoles.stream().anyMatch(pair -> pair.role() == role);
	}

	/** For pages: the role by its id ({@code author}, {@code council}...), held in some unit. */
	public boolean hasRole(String roleId) {
		return Role.ofId(roleId).filter(this::hasRole).isPresent();
	}

	/** The user's pairs as Camunda groups ({@code council:CDCS-01-0001}): the groups they act in, and only those. */
	public List<String> candidateGroups() {
		return unitRoles.stream().sorted().map(UnitRole::id).toList();
	}
}
