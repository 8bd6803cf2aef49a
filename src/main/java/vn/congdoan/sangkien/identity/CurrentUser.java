package vn.congdoan.sangkien.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.ProblemException;

/** The user of the current request, whether they came with a bearer token or a login session. */
@Component
public class CurrentUser {

	public PlatformUser get() {
		return find().orElseThrow(() -> new ProblemException(org.springframework.http.HttpStatus.UNAUTHORIZED,
				"auth.unauthenticated"));
	}

	public Optional<PlatformUser> find() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Runs the work as this user, outside any request: what the demo data does, so that its decisions
	 * carry the names of the demo users who would have taken them.
	 */
	public void actAs(PlatformUser user, Runnable work) {
		Map<String, Object> claims = Map.of("preferred_username", user.username(), "name", user.displayName(),
				"realm_access", Map.of("roles", user.roles().stream().map(Role::id).toList()),
				"unit", List.copyOf(user.unitCodes()));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext acting = SecurityContextHolder.createEmptyContext();
		acting.setAuthentication(new UsernamePasswordAuthenticationToken(
				new DefaultOAuth2User(List.of(), claims, "preferred_username"), null, List.of()));
		SecurityContextHolder.setContext(acting);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static Optional<PlatformUser> from(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return Optional.of(PlatformUser.fromClaims(jwt.getTokenAttributes()));
		}
		if (authentication != null && authentication.getPrincipal() instanceof OAuth2User user) {
			Map<String, Object> claims = user.getAttributes();
			return Optional.of(PlatformUser.fromClaims(claims));
		}
		return Optional.empty();
	}
}
