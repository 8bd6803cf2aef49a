package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import vn.congdoan.sangkien.system.ProblemException;

/**
 * Keycloak's admin API of the platform's realm, as one of the platform's service accounts: each account may do one
 * thing only (write appointments, switch sign-in providers), so each feature asks with its own client's credentials.
 */
public final class RealmAdminApi {

	/** About what Keycloak takes to start again after a restart: the user may try again then. */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	/**
	 * Keycloak not answering (stopped, restarting) is a 503 that names it, not a 500: the request needed it live
	 * and changed nothing, since the token is asked for before anything is written.
	 */
	private static final ClientHttpRequestInterceptor KEYCLOAK_SILENT = (request, body, execution) -> {
		try {
			return execution.execute(request, body);
		}
		catch (IOException e) {
			throw ProblemException.unavailable("keycloak.unavailable", RETRY_AFTER);
		}
	};

	private RealmAdminApi() {
	}

	/** A client of {@code /admin/realms/<realm>}, signed in as the service account of {@code clientId} now. */
	public static RestClient as(IdentitySettings identity, String clientId, String clientSecret) {
		String keycloak = identity.keycloak().url();
		String realm = identity.keycloak().realm();
		var form = new LinkedMultiValueMap<String, String>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", clientId);
		form.add("client_secret", clientSecret);
		Map<?, ?> token = RestClient.builder().requestInterceptor(KEYCLOAK_SILENT).build().post()
			.uri(keycloak + "/realms/" + realm + "/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
		return RestClient.builder().requestInterceptor(KEYCLOAK_SILENT).baseUrl(keycloak + "/admin/realms/" + realm)
			.defaultHeader("Authorization", "Bearer " + token.get("access_token")).build();
	}

	/** A representation Keycloak sent, as a map of its own that can be changed and sent back. */
	public static Map<String, Object> copyOf(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), value instanceof Map<?, ?> inner ? copyOf(inner) : value));
		return copy;
	}
}
