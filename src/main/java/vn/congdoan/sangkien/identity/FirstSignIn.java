package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone who signed up on their own (on Keycloak's page, or through Google or Facebook) holds no post yet: until
 * they have chosen their grassroots union and target group on the welcome page, each page they open leads there
 * (issue 9, section 3). The operator, who holds a realm role and no post, is let through.
 */
public final class FirstSignIn extends OncePerRequestFilter {

	/** The page where a new member chooses their union. */
	public static final String WELCOME = "/welcome";

	/**
	 * What a new member may still reach: the welcome page itself, a union notice's QR code (it chooses their union for
	 * them), signing out, errors and the pages' files.
	 */
	private static final List<String> OPEN = List.of(WELCOME, "/join/", "/logout", "/error", "/css/", "/js/", "/images/",
			"/webjars/", "/favicon.ico");

	FirstSignIn() {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (signedIn instanceof OAuth2AuthenticationToken && "GET".equals(request.getMethod()) && isNew(signedIn)
				&& OPEN.stream().noneMatch(path::startsWith)) {
			response.sendRedirect(request.getContextPath() + WELCOME);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isNew(Authentication signedIn) {
		return CurrentUser.from(signedIn).map(user -> user.unitRoles().isEmpty()).orElse(false)
				&& signedIn.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Role.CAMUNDA_ADMIN.authority()));
	}
}
