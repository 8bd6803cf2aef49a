package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the signed-in person in every log line of the request: {@code user} (the user name, nothing else about
 * them) and {@code unit} (the codes of the units of their pairs, comma-separated), both read from the token or the
 * session (Keycloak is not asked). Placed after authentication in both doors. It does not remove them: the
 * request's access line, written last, names the person too; system.RequestLog, the outermost filter, leaves the
 * thread's MDC as it found it.
 */
final class LogIdentity extends OncePerRequestFilter {

	static final String USER = "user";

	static final String UNIT = "unit";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CurrentUser.from(SecurityContextHolder.getContext().getAuthentication()).ifPresent(user -> {
			MDC.put(USER, user.username());
			String units = user.unitRoles().stream().map(UnitRole::unitCode).distinct().sorted()
				.collect(Collectors.joining(","));
			if (!units.isEmpty()) {
				MDC.put(UNIT, units);
			}
		});
		chain.doFilter(request, response);
	}
}
