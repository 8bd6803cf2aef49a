package vn.congdoan.sangkien.identity;

import java.util.Arrays;
import java.util.Optional;

/** The providers a member may sign in with besides a password, by Keycloak's provider id. */
public enum SignInProviderKind {

	GOOGLE("google"),

	FACEBOOK("facebook"),

	/** Any OpenID Connect provider the Office names: a province's single sign-on, Zalo through a bridge. */
	OPENID_CONNECT("oidc");

	private final String id;

	SignInProviderKind(String id) {
		this.id = id;
	}

	/** Keycloak's provider id, also the kind's name in the API. */
	public String id() {
		return id;
	}

	/** Google and Facebook have one provider each, under their own name; OpenID providers are named by the Office. */
	public boolean named() {
		return this != OPENID_CONNECT;
	}

	public static Optional<SignInProviderKind> ofId(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
	}
}
