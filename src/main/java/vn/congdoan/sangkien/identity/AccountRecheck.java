package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token or a login session says who someone was when they signed in; Keycloak says who they are now. Each
 * request is checked against the account as Keycloak holds it, read at most once per {@code recheckAfter} per
 * person: an account disabled or deleted is refused (the API answers 401, a page session ends), and the posts a
 * person was removed from (or appointed to) count from then on, not from their next sign-in. So a removal
 * takes effect within {@code recheckAfter} (20 s by default), not at the token's expiry (5 min) or the
 * session's (30 min idle). While Keycloak does not answer, the token's own claims stand: its signature was
 * checked, and the public pages must not depend on Keycloak.
 */
class AccountRecheck extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(AccountRecheck.class);

	private final SignedInAccounts accounts;

	private final Refusal refuse;

	/** @param refuse what the chain answers a request of an account that is no more */
	AccountRecheck(SignedInAccounts accounts, Refusal refuse) {
		this.accounts = accounts;
		this.refuse = refuse;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<PlatformUser> user = CurrentUser.from(authentication);
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<RealmAccounts.Account> now;
		try {
			now = accounts.account(user.get().username());
		}
		catch (IOException e) {
			log.debug("Keycloak did not answer; the token's claims stand: " + e.getMessage());
			chain.doFilter(request, response);
			return;
		}
		if (now.isEmpty() || !now.get().enabled()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			refuse.answer(request, response);
			if (!response.isCommitted()) {
				chain.doFilter(request, response);
			}
			return;
		}
		Set<String> pairs = now.get().pairs();
		Set<UnitRole> held = pairs.stream().flatMap(pair -> UnitRole.parse(pair).stream()).collect(Collectors.toSet());
		if (!held.equals(user.get().unitRoles())) {
			SecurityContextHolder.getContext().setAuthentication(withPairs(authentication, List.copyOf(pairs)));
		}
		chain.doFilter(request, response);
	}

	/** The same sign-in with the posts the account holds now: authorities and claims alike. */
	private static Authentication withPairs(Authentication authentication, List<String> pairs) {
		if (authentication instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			Jwt now = Jwt.withTokenValue(jwt.getTokenValue())
				.headers(headers -> headers.putAll(jwt.getHeaders()))
				.claims(claims -> {
					claims.putAll(jwt.getClaims());
					claims.put(PlatformUser.UNIT_ROLE_CLAIM, pairs);
				})
				.build();
			return new JwtAuthenticationToken(now, SecurityConfiguration.authorities(PlatformUser.rolesOf(now.getClaims())),
					token.getName());
		}
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		OidcUser user = (OidcUser) token.getPrincipal();
		OidcIdToken idToken = new OidcIdToken(user.getIdToken().getTokenValue(), user.getIdToken().getIssuedAt(),
				user.getIdToken().getExpiresAt(), replaced(user.getIdToken().getClaims(), pairs));
		OidcUserInfo userInfo = user.getUserInfo() == null ? null : new OidcUserInfo(replaced(user.getUserInfo().getClaims(), pairs));
		var authorities = SecurityConfiguration.authorities(PlatformUser.rolesOf(idToken.getClaims()));
		return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken, userInfo, "preferred_username"),
				authorities, token.getAuthorizedClientRegistrationId());
	}

	private static Map<String, Object> replaced(Map<String, Object> claims, List<String> pairs) {
		Map<String, Object> now = new HashMap<>(claims);
		now.put(PlatformUser.UNIT_ROLE_CLAIM, pairs);
		return now;
	}

	/** What a chain answers a request of an account that is no more; it may leave the request to go on. */
	@FunctionalInterface
	interface Refusal {

		void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
	}
}
