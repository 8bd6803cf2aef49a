package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ExternalRealm;
import vn.congdoan.sangkien.KeycloakAdmin;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;

/** Identity brokering for real: a second realm of the test run's Keycloak is the outside provider. */
@PlatformTest
@DisplayName("A new member signs in through an outside OpenID provider, in a real browser")
class SignInThroughProviderBrowserTest {

	static final String OUTSIDE = "ban-ngoai";

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	KeycloakTokens tokens;

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	@DisplayName("the Office switches the provider on from its page; a new member signs in through it, is asked nothing, and lands on the welcome page")
	void newMemberThroughAnotherRealm() throws Exception {
		KeycloakAdmin admin = new KeycloakAdmin(keycloak, tokens);
		try (ExternalRealm outside = ExternalRealm.create(admin, OUTSIDE, OUTSIDE)) {
			ChromeDriver office = browser.open(1280, 1000);
			Browser.signIn(office, base(), "/office", "vanphong.tld");
			enterProvider(office, outside, ExternalRealm.CLIENT_SECRET);
			assertThat(office.findElement(By.id("flash")).getText()).isEqualTo("Đã bật đăng nhập bằng Ban ngoài.");
			assertThat(office.findElement(By.id("sign-in-" + OUTSIDE)).getText()).contains("Đang bật", ExternalRealm.CLIENT_ID);
			// Changed without its secret, the stored secret stays: the sign-in below needs it.
			enterProvider(office, outside, "");
			assertThat(office.findElement(By.id("flash")).getText()).isEqualTo("Đã bật đăng nhập bằng Ban ngoài.");
			assertThat(office.getPageSource()).doesNotContain(ExternalRealm.CLIENT_SECRET);

			ChromeDriver member = browser.open(1280, 1000);
			member.get(base() + "/");
			Browser.press(member, By.cssSelector("a[href$='/oauth2/authorization/keycloak']"));
			Browser.press(member, By.id("social-" + OUTSIDE));
			new WebDriverWait(member, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/realms/" + OUTSIDE + "/"));
			member.findElement(By.id("username")).sendKeys(ExternalRealm.USERNAME);
			member.findElement(By.id("password")).sendKeys(ExternalRealm.PASSWORD);
			member.findElement(By.id("kc-login")).click();

			new WebDriverWait(member, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(base() + "/welcome"));
			assertThat(member.findElement(By.id("welcome-heading")).getText())
				.isEqualTo("Chào mừng bạn đến với chương trình \"01 triệu sáng kiến\"");
			assertThat(member.findElement(By.tagName("body")).getText()).as("signed in under the name the provider gave")
				.contains("Trần Thị Mai");
			JsonNode account = admin.user(ExternalRealm.USERNAME).orElseThrow();
			assertThat(account.path("email").asText()).isEqualTo(ExternalRealm.EMAIL);
			assertThat(account.path("emailVerified").asBoolean()).as("trusted from the provider").isTrue();
			assertThat(account.path("lastName").asText() + " " + account.path("firstName").asText()).isEqualTo("Trần Thị Mai");
			assertThat(admin.get("/sangkien/users/" + account.path("id").asText() + "/federated-identity")
				.findValuesAsText("identityProvider")).containsExactly(OUTSIDE);
		}
		assertThat(admin.user(ExternalRealm.USERNAME)).isEmpty();
		assertThat(admin.identityProvider(OUTSIDE)).isEmpty();
	}

	private static void enterProvider(ChromeDriver office, ExternalRealm outside, String secret) {
		clearAndType(office, "oidc-alias", OUTSIDE);
		clearAndType(office, "oidc-display-name", "Ban ngoài");
		clearAndType(office, "oidc-issuer", outside.issuer());
		clearAndType(office, "oidc-client-id", ExternalRealm.CLIENT_ID);
		clearAndType(office, "oidc-client-secret", secret);
		// The page before the save has a flash too: wait for the one the save brought.
		Browser.pressAndAwaitNextPage(office, By.cssSelector("#sign-in-oidc-form button"));
	}

	private static void clearAndType(ChromeDriver page, String id, String text) {
		page.findElement(By.id(id)).clear();
		page.findElement(By.id(id)).sendKeys(text);
	}
}
