package vn.congdoan.sangkien.appointment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import vn.congdoan.sangkien.identity.IdentitySettings;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.RealmAdminApi;

/**
 * The accounts of the realm as Keycloak's admin REST API has them, read and written with the service account
 * of {@link AppointmentSettings}: its token is asked for each change (appointments are rare).
 */
@Component
class KeycloakAccounts {

	private final IdentitySettings identity;

	private final AppointmentSettings settings;

	KeycloakAccounts(IdentitySettings identity, AppointmentSettings settings) {
		this.identity = identity;
		this.settings = settings;
	}

	/** The account's representation (id, attributes...), found by its exact user name. */
	Optional<Map<String, Object>> find(String username) {
		List<?> found = admin().get().uri("/users?exact=true&briefRepresentation=false&username={u}", username)
			.retrieve().body(List.class);
		return found == null ? Optional.empty() : found.stream()
			.map(user -> RealmAdminApi.copyOf((Map<?, ?>) user))
			.filter(user -> username.equals(user.get("username")))
			.findFirst();
	}

	/**
	 * The accounts that hold this pair ({@code council:CDCS-01-0001}), by user name: Keycloak's search on the
	 * attribute ({@code q=unit_role:<pair>}), checked again here for the exact value. A unit has a handful of
	 * holders per role; {@code max} only bounds a mistake.
	 */
	List<Map<String, Object>> holding(String pair) {
		List<?> found = admin().get().uri("/users?briefRepresentation=false&max=500&q={q}", PlatformUser.UNIT_ROLE_CLAIM + ":" + pair)
			.retrieve().body(List.class);
		return found == null ? List.of() : found.stream()
			.map(user -> RealmAdminApi.copyOf((Map<?, ?>) user))
			.filter(user -> unitRolesOf(user).contains(pair))
			.sorted(Comparator.comparing(user -> String.valueOf(user.get("username"))))
			.toList();
	}

	/** The account's pairs ({@code council:CDCS-01-0001}), as its {@code unit_role} attribute lists them. */
	static List<String> unitRolesOf(Map<String, Object> account) {
		return account.get("attributes") instanceof Map<?, ?> attributes
				&& attributes.get(PlatformUser.UNIT_ROLE_CLAIM) instanceof List<?> values
						? new ArrayList<>(values.stream().map(String::valueOf).toList()) : new ArrayList<>();
	}

	/** Writes the account back with these pairs; its other attributes stay as they were. */
	void writeUnitRoles(Map<String, Object> account, List<String> unitRoles) {
		Map<String, Object> attributes = account.get("attributes") instanceof Map<?, ?> current
				? RealmAdminApi.copyOf(current) : new LinkedHashMap<>();
		attributes.put(PlatformUser.UNIT_ROLE_CLAIM, unitRoles);
		Map<String, Object> changed = new LinkedHashMap<>(account);
		changed.put("attributes", attributes);
		admin().put().uri("/users/{id}", account.get("id")).contentType(MediaType.APPLICATION_JSON).body(changed)
			.retrieve().toBodilessEntity();
	}

	private RestClient admin() {
		return RealmAdminApi.as(identity, settings.clientId(), settings.clientSecret());
	}

}
