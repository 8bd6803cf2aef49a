package vn.congdoan.sangkien.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak client whose service account switches the sign-in providers on and off: it may manage and view the
 * realm's identity providers, nothing else (realm-management roles {@code manage-identity-providers},
 * {@code view-identity-providers}), so a leak of its secret cannot touch an account.
 *
 * @param clientId the confidential client, {@code sangkien-sign-in-providers}
 * @param clientSecret its secret ({@code SIGN_IN_PROVIDERS_CLIENT_SECRET} outside dev)
 */
@ConfigurationProperties("sangkien.sign-in-providers")
public record SignInProviderSettings(String clientId, String clientSecret) {
}
