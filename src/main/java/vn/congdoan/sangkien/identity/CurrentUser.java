package vn.congdoan.sangkien.identity;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
