package vn.congdoan.sangkien.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Hands the Keycloak login of the session to Cockpit, Tasklist and Admin (Camunda's container-based
 * authentication), with the derived groups, so Tasklist shows the tasks the platform's inbox shows.
 */
public class CamundaWebappAuthentication implements AuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		return new CurrentUser().find().map(user -> {
			AuthenticationResult result = AuthenticationResult.successful(user.username());
			result.setGroups(user.candidateGroups());
			result.setTenants(List.of());
			return result;
		}).orElseGet(AuthenticationResult::unsuccessful);
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security has already sent the user to the Keycloak login.
	}
}
