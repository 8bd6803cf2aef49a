package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Outside dev and tests the platform refuses a realm that still holds the demo's accounts")
class DemoAccountsTest {

	@Autowired
	IdentitySettings settings;

	@Autowired
	ObjectMapper json;

	@Autowired
	RealmAccounts accounts;

	@Value("${sangkien.camunda-identity.client-id}")
	String clientId;

	@Value("${sangkien.camunda-identity.client-secret}")
	String clientSecret;

	@Test
	@DisplayName("the demo realm's accounts are found through Camunda's read-only service account")
	void foundInTheDemoRealm() throws Exception {
		assertThat(demoAccounts(new MockEnvironment()).inRealm()).contains("canbo.hn").hasSizeLessThanOrEqualTo(10);
	}

	@Test
	@DisplayName("started without the dev or test profile on that realm, the platform stops, naming them and the production realm")
	void refusedOutsideDemo() {
		Throwable refusal = catchThrowable(() -> demoAccounts(new MockEnvironment()).run(new DefaultApplicationArguments()));

		assertThat(refusal).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("canbo.hn")
			.hasMessageContaining("keycloak/sangkien-realm-production.json");
	}

	@Test
	@DisplayName("in the dev profile the demo's accounts are the point")
	void keptInDev() {
		MockEnvironment dev = new MockEnvironment();
		dev.setActiveProfiles("dev");
		assertThatCode(() -> demoAccounts(dev).run(new DefaultApplicationArguments())).doesNotThrowAnyException();
	}

	@Test
	@DisplayName("a Keycloak that does not answer at start-up does not keep the platform down")
	void keycloakDown() {
		IdentitySettings down = new IdentitySettings(new IdentitySettings.Keycloak("http://127.0.0.1:9", "sangkien"),
				settings.api(), settings.accounts());
		assertThatCode(() -> new DemoAccounts(new MockEnvironment(), down, new RealmAccounts(down, json, clientId, clientSecret))
			.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
	}

	private DemoAccounts demoAccounts(MockEnvironment environment) {
		return new DemoAccounts(environment, settings, accounts);
	}
}
