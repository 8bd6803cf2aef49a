package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside dev and tests the platform does not start on a realm that still holds the demo's accounts: their
 * password is in this repository, and some of them are the VGCL Office and Camunda's operator. They are known
 * by their e-mail domain. Asked at start-up with Camunda's read-only service account; a Keycloak that does not
 * answer then is not a reason to stay down (the public pages work without it), so that is only logged.
 */
@Component
class DemoAccounts implements ApplicationRunner {

	static final String DOMAIN = "@demo.sangkien.vn";

	private static final Log log = LogFactory.getLog(DemoAccounts.class);

	private final Environment environment;

	private final IdentitySettings settings;

	private final RealmAccounts accounts;

	DemoAccounts(Environment environment, IdentitySettings settings, RealmAccounts accounts) {
		this.environment = environment;
		this.settings = settings;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (environment.matchesProfiles("dev | test")) {
			return;
		}
		List<String> found;
		try {
			found = inRealm();
		}
		catch (IOException e) {
			log.warn("Could not ask Keycloak whether the realm holds the demo's accounts (" + e.getMessage()
					+ "); asked again at the next start");
			return;
		}
		if (!found.isEmpty()) {
			throw new IllegalStateException("The realm " + settings.keycloak().realm() + " holds the demo's accounts ("
					+ String.join(", ", found) + "): delete them, or import keycloak/sangkien-realm-production.json");
		}
	}

	/** The user names of the demo's accounts in the realm: the first ten, in Keycloak's order (by user name). */
	List<String> inRealm() throws IOException {
		return accounts.withEmailEnding(DOMAIN, 10);
	}
}
