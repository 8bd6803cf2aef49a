package vn.congdoan.sangkien;

/**
 * A second realm of the test run's Keycloak acting as an outside OpenID provider (a province's single sign-on, or
 * what Google is to the platform): a client for the sangkien realm's broker endpoint and one person with a name and
 * an e-mail. Closing it removes the realm, the sangkien realm's provider of that alias and the account the
 * sign-in created there, so that other tests see the realm as before.
 */
public final class ExternalRealm implements AutoCloseable {

	/** The platform's client at the outside provider. */
	public static final String CLIENT_ID = "sangkien";

	public static final String CLIENT_SECRET = "ban-ngoai-secret";

	/** The person of the outside realm: their user name becomes their account's in the sangkien realm. */
	public static final String USERNAME = "hoivien.ngoai";

	public static final String PASSWORD = "Ngoai-2026-mat-khau";

	public static final String EMAIL = "hoivien.ngoai@ban-ngoai.example";

	private final KeycloakAdmin admin;

	private final String realm;

	private final String alias;

	private ExternalRealm(KeycloakAdmin admin, String realm, String alias) {
		this.admin = admin;
		this.realm = realm;
		this.alias = alias;
	}

	/** Creates the realm, whose client sends people back to the sangkien realm's provider {@code alias}. */
	public static ExternalRealm create(KeycloakAdmin admin, String realm, String alias) {
		admin.createRealm("""
				{"realm":"%s","enabled":true,
				 "clients":[{"clientId":"%s","enabled":true,"protocol":"openid-connect","publicClient":false,
				   "clientAuthenticatorType":"client-secret","secret":"%s","standardFlowEnabled":true,
				   "directAccessGrantsEnabled":false,"redirectUris":["%s/realms/sangkien/broker/%s/endpoint"]}],
				 "users":[{"username":"%s","enabled":true,"email":"%s","emailVerified":true,"firstName":"Mai",
				   "lastName":"Trần Thị","credentials":[{"type":"password","value":"%s","temporary":false}]}]}"""
			.formatted(realm, CLIENT_ID, CLIENT_SECRET, admin.url(), alias, USERNAME, EMAIL, PASSWORD));
		return new ExternalRealm(admin, realm, alias);
	}

	/** The issuer the Office enters. */
	public String issuer() {
		return admin.url() + "/realms/" + realm;
	}

	@Override
	public void close() {
		admin.removeUser(USERNAME);
		admin.removeIdentityProvider(alias);
		admin.removeRealm(realm);
	}
}
