package vn.congdoan.sangkien.identity;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the accounts live and which applications may call the API, with their defaults in
 * {@code application.yaml}.
 *
 * @param keycloak the Keycloak server and realm (started by the application in dev and tests)
 * @param api the Keycloak clients whose access tokens the API accepts (claim {@code azp})
 * @param accounts how often a signed-in person's account is read again from Keycloak ({@code AccountRecheck})
 */
@ConfigurationProperties("sangkien")
public record IdentitySettings(Keycloak keycloak, Api api, Accounts accounts) {

	public record Keycloak(String url, String realm) {

		/** The realm's OpenID Connect endpoints, for clients that sign in by themselves (Swagger UI). */
		String openIdConnect() {
			return url + "/realms/" + realm + "/protocol/openid-connect";
		}
	}

	public record Api(Set<String> clients) {
	}

	public record Accounts(Duration recheckAfter) {
	}
}
