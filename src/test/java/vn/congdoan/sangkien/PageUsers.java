package vn.congdoan.sangkien;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.identity.UnitRole;

/**
 * A person signed in on the pages without Keycloak: the ID token's claims Keycloak would put there
 * (user name, name, the role in its unit or, for the operator, the realm role), and the role's authority.
 */
public final class PageUsers {

	private PageUsers() {
	}

	/** Signed in as {@code name} (Keycloak's {@code name} claim), with one role in one unit (the operator: in none). */
	public static OidcLoginRequestPostProcessor signedIn(String username, String name, Role role, String unit) {
		return oidcLogin()
			.idToken(token -> {
				token.claim("preferred_username", username).claim("name", name);
				if (role.unitBound()) {
					token.claim(PlatformUser.UNIT_ROLE_CLAIM, List.of(new UnitRole(role, unit).id()));
				}
				else {
					token.claim("realm_access", Map.of("roles", List.of(role.id())));
				}
			})
			.authorities(new SimpleGrantedAuthority(role.authority()));
	}
}
