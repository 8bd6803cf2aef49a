package vn.congdoan.sangkien.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs every authenticated request as the user and their derived groups in Camunda, so that the
 * engine, its REST API and the platform see the same candidate groups. No group is looked up in
 * Keycloak: they come from the token.
 */
class CamundaAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	CamundaAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = new CurrentUser().find();
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		identityService.setAuthentication(user.get().username(), user.get().candidateGroups());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}
}
