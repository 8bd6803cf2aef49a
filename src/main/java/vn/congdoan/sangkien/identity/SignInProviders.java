package vn.congdoan.sangkien.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientResponseException;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

/**
 * Sign-in with Google, Facebook or an OpenID provider, switched on by the VGCL Office when it enters the client id
 * the provider gave the platform (issue 9, section 3): Keycloak brokers the sign-in, and a member it brings for the
 * first time becomes an account of the realm (e-mail trusted, profile imported once and then kept by the member)
 * who then chooses their union on the welcome page ({@link FirstSignIn}). Nothing is written to Keycloak until what
 * the Office entered is whole; the secrets go to Keycloak and are never shown back.
 */
@Service
public class SignInProviders {

	/** A name that can stand in the broker's redirect URI ({@code /broker/<alias>/endpoint}). */
	private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	private static final String DISCOVERY = "/.well-known/openid-configuration";

	private static final Set<String> WEB_SCHEMES = Set.of("https", "http");

	private final KeycloakIdentityProviders keycloak;

	private final IdentitySettings identity;

	private final Units units;

	SignInProviders(KeycloakIdentityProviders keycloak, IdentitySettings identity, Units units) {
		this.keycloak = keycloak;
		this.identity = identity;
		this.units = units;
	}

	/**
	 * What the Office enters for one provider.
	 *
	 * @param kind {@code google}, {@code facebook} or {@code oidc}
	 * @param clientId the platform's client id at the provider
	 * @param clientSecret its secret; left empty on a change, the stored one stays
	 * @param issuer an OpenID provider's issuer or discovery URL (only for {@code oidc})
	 * @param displayName the words on Keycloak's button (the provider's name if empty)
	 */
	public record Entered(String kind, String clientId, String clientSecret, String issuer, String displayName) {
	}

	/** The providers the realm has, on or off, by alias. */
	public List<SignInProvider> list(PlatformUser by) {
		requireOffice(by);
		return keycloak.all().stream()
			.filter(provider -> SignInProviderKind.ofId(text(provider.get("providerId"))).isPresent())
			.map(this::view)
			.sorted(Comparator.comparing(SignInProvider::alias))
			.toList();
	}

	/** Creates the provider or changes it, and switches it on. */
	public SignInProvider switchOn(PlatformUser by, String alias, Entered entered) {
		requireOffice(by);
		SignInProviderKind kind = SignInProviderKind.ofId(text(entered.kind()))
			.orElseThrow(() -> ProblemException.badRequest("sign-in-provider.kind.unknown", text(entered.kind())));
		String name = text(alias);
		boolean aliasFits = kind.named() ? name.equals(kind.id())
				: ALIAS.matcher(name).matches() && SignInProviderKind.ofId(name).filter(SignInProviderKind::named).isEmpty();
		if (!aliasFits) {
			throw ProblemException.badRequest("sign-in-provider.alias.invalid", name);
		}
		String clientId = text(entered.clientId());
		if (clientId.isEmpty()) {
			throw ProblemException.badRequest("sign-in-provider.client-id.missing");
		}
		String discoveryUrl = kind.named() ? "" : discoveryUrl(text(entered.issuer()));
		Optional<Map<String, Object>> existing = keycloak.find(name);
		if (existing.isPresent() && !kind.id().equals(existing.get().get("providerId"))) {
			throw ProblemException.conflict("sign-in-provider.alias.taken", name);
		}
		String secret = text(entered.clientSecret());
		if (existing.isEmpty() && secret.isEmpty()) {
			throw ProblemException.badRequest("sign-in-provider.client-secret.missing");
		}
		Map<String, Object> provider = existing.orElseGet(LinkedHashMap::new);
		Map<String, Object> config = provider.get("config") instanceof Map<?, ?> stored
				? RealmAdminApi.copyOf(stored) : new LinkedHashMap<>();
		if (!kind.named()) {
			config.putAll(discovered(discoveryUrl));
			config.put("defaultScope", "openid profile email");
			config.put("clientAuthMethod", "client_secret_post");
		}
		config.put("clientId", clientId);
		if (!secret.isEmpty()) {
			config.put("clientSecret", secret);
		}
		// Imported once: after that the member keeps their own name and e-mail in the realm.
		config.put("syncMode", "IMPORT");
		String displayName = text(entered.displayName());
		provider.put("alias", name);
		provider.put("providerId", kind.id());
		provider.put("displayName", displayName.isEmpty() ? defaultName(kind, name) : displayName);
		provider.put("enabled", true);
		// The provider has checked the address: the member is not asked to confirm it again.
		provider.put("trustEmail", true);
		provider.put("config", config);
		if (existing.isPresent()) {
			keycloak.update(provider);
		}
		else {
			keycloak.create(provider);
		}
		return view(provider);
	}

	/** Hides the provider's button; what was entered stays, so switching it on again needs no secret. */
	public void switchOff(PlatformUser by, String alias) {
		requireOffice(by);
		Map<String, Object> provider = keycloak.find(text(alias))
			.filter(found -> SignInProviderKind.ofId(text(found.get("providerId"))).isPresent())
			.orElseThrow(() -> ProblemException.notFound("sign-in-provider.unknown", text(alias)));
		provider.put("enabled", false);
		keycloak.update(provider);
	}

	/** The VGCL Office in VGCL's own unit: programme-office elsewhere, if a province ever had one, switches nothing. */
	private void requireOffice(PlatformUser by) {
		if (!by.holds(Role.PROGRAMME_OFFICE, units.national().code())) {
			throw ProblemException.forbidden("sign-in-provider.not-office");
		}
	}

	/** The discovery document's address, from the issuer or from the address itself; only a web address is taken. */
	private static String discoveryUrl(String issuer) {
		try {
			URI uri = new URI(issuer);
			if (uri.getScheme() == null || !WEB_SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
				throw ProblemException.badRequest("sign-in-provider.issuer.malformed", issuer);
			}
		}
		catch (URISyntaxException e) {
			throw ProblemException.badRequest("sign-in-provider.issuer.malformed", issuer);
		}
		return issuer.endsWith(DISCOVERY) ? issuer : issuer.replaceAll("/+$", "") + DISCOVERY;
	}

	private Map<String, Object> discovered(String discoveryUrl) {
		try {
			Map<String, Object> endpoints = keycloak.discover(discoveryUrl);
			if (endpoints.get("authorizationUrl") == null || endpoints.get("tokenUrl") == null) {
				throw ProblemException.badRequest("sign-in-provider.issuer.unreadable", discoveryUrl);
			}
			return endpoints;
		}
		catch (RestClientResponseException e) {
			throw ProblemException.badRequest("sign-in-provider.issuer.unreadable", discoveryUrl);
		}
	}

	private static String defaultName(SignInProviderKind kind, String alias) {
		return switch (kind) {
			case GOOGLE -> "Google";
			case FACEBOOK -> "Facebook";
			case OPENID_CONNECT -> alias;
		};
	}

	/** Where the provider sends the member back: what the Office registers in Google's or Facebook's console. */
	public String redirectUri(String alias) {
		return identity.keycloak().url() + "/realms/" + identity.keycloak().realm() + "/broker/" + alias + "/endpoint";
	}

	private SignInProvider view(Map<String, Object> provider) {
		Map<?, ?> config = provider.get("config") instanceof Map<?, ?> stored ? stored : Map.of();
		String alias = text(provider.get("alias"));
		String displayName = text(provider.get("displayName"));
		return new SignInProvider(alias, text(provider.get("providerId")), displayName.isEmpty() ? alias : displayName,
				text(config.get("clientId")), text(config.get("issuer")), Boolean.TRUE.equals(provider.get("enabled")),
				redirectUri(alias));
	}

	private static String text(Object value) {
		return value == null ? "" : String.valueOf(value).strip();
	}
}
