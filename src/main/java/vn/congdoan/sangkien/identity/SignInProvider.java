package vn.congdoan.sangkien.identity;

/**
 * A way to sign in that Keycloak brokers, as the Office sees it: never its secret.
 *
 * @param alias the name in Keycloak ({@code google}, {@code facebook} or the Office's), in the broker's redirect URI
 * @param kind {@code google}, {@code facebook} or {@code oidc}
 * @param displayName the words on the button of Keycloak's sign-in page
 * @param clientId the platform's client id at the provider
 * @param issuer the OpenID provider's issuer (empty for Google and Facebook)
 * @param enabled whether the button is shown
 * @param redirectUri the address to register at the provider: Keycloak's broker endpoint for this alias
 */
public record SignInProvider(String alias, String kind, String displayName, String clientId, String issuer,
		boolean enabled, String redirectUri) {
}
