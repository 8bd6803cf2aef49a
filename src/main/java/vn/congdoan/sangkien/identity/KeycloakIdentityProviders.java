package vn.congdoan.sangkien.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The realm's identity providers as Keycloak's admin REST API has them, read and written with the service account
 * of {@link SignInProviderSettings}: its token is asked for each call (the Office changes providers rarely).
 */
@Component
class KeycloakIdentityProviders {

	private final IdentitySettings identity;

	private final SignInProviderSettings settings;

	KeycloakIdentityProviders(IdentitySettings identity, SignInProviderSettings settings) {
		this.identity = identity;
		this.settings = settings;
	}

	List<Map<String, Object>> all() {
		List<?> found = admin().get().uri("/identity-provider/instances").retrieve().body(List.class);
		return found == null ? List.of() : found.stream().map(provider -> RealmAdminApi.copyOf((Map<?, ?>) provider)).toList();
	}

	/** The provider's representation (its secret masked by Keycloak), if the realm has one by that alias. */
	Optional<Map<String, Object>> find(String alias) {
		try {
			return Optional.ofNullable(admin().get().uri("/identity-provider/instances/{alias}", alias).retrieve().body(Map.class))
				.map(RealmAdminApi::copyOf);
		}
		catch (HttpClientErrorException.NotFound e) {
			return Optional.empty();
		}
	}

	void create(Map<String, Object> provider) {
		admin().post().uri("/identity-provider/instances").contentType(MediaType.APPLICATION_JSON).body(provider)
			.retrieve().toBodilessEntity();
	}

	/** Writes the provider back; a secret still masked as Keycloak showed it keeps the stored one. */
	void update(Map<String, Object> provider) {
		admin().put().uri("/identity-provider/instances/{alias}", provider.get("alias")).contentType(MediaType.APPLICATION_JSON)
			.body(provider).retrieve().toBodilessEntity();
	}

	/**
	 * The endpoints of an OpenID provider (authorization, token, keys, issuer...), read by Keycloak from its discovery
	 * document as the admin console does: what Keycloak cannot read, it cannot use either.
	 */
	Map<String, Object> discover(String discoveryUrl) {
		Map<?, ?> config = admin().post().uri("/identity-provider/import-config").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("providerId", SignInProviderKind.OPENID_CONNECT.id(), "fromUrl", discoveryUrl)).retrieve().body(Map.class);
		return config == null ? Map.of() : RealmAdminApi.copyOf(config);
	}

	private RestClient admin() {
		return RealmAdminApi.as(identity, settings.clientId(), settings.clientSecret());
	}

}
