package vn.congdoan.sangkien.identity;

import java.util.Map;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The pages' Keycloak client, its endpoints written out from the realm's address instead of read from
 * Keycloak's discovery document at start-up: the platform starts, and serves its public pages, while
 * Keycloak is down ({@link SignInAvailability} says so to whoever signs in). Keycloak's OpenID Connect
 * endpoints have these paths in every realm.
 */
@Configuration
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class KeycloakClientRegistration {

	static final String REGISTRATION = "keycloak";

	@Bean
	ClientRegistrationRepository clientRegistrations(OAuth2ClientProperties properties, IdentitySettings settings) {
		OAuth2ClientProperties.Registration web = properties.getRegistration().get(REGISTRATION);
		String realm = settings.keycloak().url() + "/realms/" + settings.keycloak().realm();
		String endpoints = settings.keycloak().openIdConnect();
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(web.getClientId())
			.clientSecret(web.getClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(web.getScope())
			.issuerUri(realm)
			.authorizationUri(endpoints + "/auth")
			.tokenUri(endpoints + "/token")
			.jwkSetUri(endpoints + "/certs")
			.userInfoUri(endpoints + "/userinfo")
			.userNameAttributeName("preferred_username")
			// Signing out of the pages signs out of Keycloak too (OidcClientInitiatedLogoutSuccessHandler).
			.providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
			.clientName("Keycloak")
			.build());
	}
}
