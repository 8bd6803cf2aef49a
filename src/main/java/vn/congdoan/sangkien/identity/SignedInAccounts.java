package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The accounts of the people signed in, as Keycloak held them when last read ({@link AccountRecheck}), each read
 * again after {@code sangkien.accounts.recheck-after}. A change the platform makes itself (a member joining their
 * union) is forgotten at once, so that the member's next request carries their new post.
 */
@Component
public class SignedInAccounts {

	private final RealmAccounts realm;

	private final Cache<String, Optional<RealmAccounts.Account>> recent;

	SignedInAccounts(RealmAccounts realm, IdentitySettings settings) {
		this.realm = realm;
		this.recent = Caffeine.newBuilder().expireAfterWrite(settings.accounts().recheckAfter()).maximumSize(100_000).build();
	}

	/** The account now, or as read less than {@code recheck-after} ago; empty if it is gone. */
	Optional<RealmAccounts.Account> account(String username) throws IOException {
		try {
			return recent.get(username, name -> {
				try {
					return realm.account(name);
				}
				catch (IOException e) {
					throw new KeycloakSilent(e);
				}
			});
		}
		catch (KeycloakSilent e) {
			throw (IOException) e.getCause();
		}
	}

	/** The platform changed this account: read it again on its next request. */
	public void changed(String username) {
		recent.invalidate(username);
	}

	/** Keycloak's silence, carried out of the cache's loader. */
	private static final class KeycloakSilent extends RuntimeException {

		KeycloakSilent(IOException cause) {
			super(cause);
		}
	}
}
