package vn.congdoan.sangkien;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import vn.congdoan.sangkien.identity.Role;

/**
 * A person signed in on the pages without Keycloak: the ID token's claims Keycloak would put there
 * (user name, name, realm roles, unit), and the role's authority.
 */
public final class PageUsers {

	private PageUsers() {
	}

	/** Signed in as {@code name} (Keycloak's {@code name} claim), with one role in one unit, or in none. */
	public static OidcLoginRequestPostProcessor signedIn(String username, String name, Role role, String unit) {
		return oidcLogin()
			.idToken(token -> {
				token.claim("preferred_username", username)
					.claim("name", name)
					.claim("realm_access", Map.of("roles", List.of(role.id())));
				if (unit != null) {
					token.claim("unit", List.of(unit));
				}
			})
			.authorities(new SimpleGrantedAuthority(role.authority()));
	}
}
