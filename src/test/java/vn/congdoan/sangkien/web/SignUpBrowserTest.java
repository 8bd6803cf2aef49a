package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.KeycloakAdmin;
import vn.congdoan.sangkien.KeycloakTokens;

/**
 * A worker signs up on Keycloak's own page, from the platform's "Đăng ký" link, and is led to choose their union
 * and group before writing (issue 9, section 3), or finds it chosen when they came by a union notice's QR code. The account is this test's alone and removed afterwards.
 */
@PlatformTest
@DisplayName("Signing up in a real browser: Keycloak's form, then the union and group, then the first initiative")
class SignUpBrowserTest {

	static final String NEWCOMER = "dangky.trinhduyet";

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Value("${sangkien.keycloak.url}")
	String keycloak;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheAccount() throws Exception {
		new KeycloakAdmin(keycloak, new KeycloakTokens(keycloak)).removeUser(NEWCOMER);
		jdbc.update("delete from member where username = ?", NEWCOMER);
		jdbc.update("delete from appointment_log where username = ?", NEWCOMER);
	}

	@Test
	@DisplayName("sign up, find the union without accents, choose a group: the write page, as the union's author")
	void signsUpAndChooses() throws Exception {
		String base = "http://localhost:" + port;
		ChromeDriver page = browser.open(1280, 900);
		page.get(base + "/");
		Browser.press(page, By.id("register"));
		signUpOnKeycloaksForm(page);

		new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(base + "/welcome"));
		assertThat(page.findElement(By.id("welcome-heading")).getText()).contains("01 triệu sáng kiến");

		page.findElement(By.id("q")).sendKeys("zzz khong co");
		Browser.press(page, By.cssSelector("#union-search button"));
		assertThat(page.findElement(By.id("nothing-found")).getText()).contains("zzz khong co");

		page.findElement(By.id("q")).clear();
		page.findElement(By.id("q")).sendKeys("may cau giay");
		Browser.press(page, By.cssSelector("#union-search button"));
		Browser.press(page, By.cssSelector("input[name=unitCode][value='CDCS-01-0001']"));
		Browser.press(page, By.id("group-WORKER"));
		Browser.screenshot(page, Path.of("docs/screenshots/welcome.png"));
		Browser.press(page, By.id("join"));

		new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(base + "/initiatives/new"));
		assertThat(page.findElement(By.id("flash")).getText()).contains("Bạn đã tham gia chương trình");
		assertThat(page.findElement(By.cssSelector("nav")).getText()).contains("Phạm Thị Hoa", "Viết sáng kiến");
		assertThat(jdbc.queryForObject("select unit_code || ' ' || target_group from member where username = ?", String.class,
				NEWCOMER)).isEqualTo("CDCS-01-0001 WORKER");
	}

	@Test
	@DisplayName("from a union notice's QR code: sign up, and the union is already chosen (issue 14)")
	void signsUpFromAUnionsQrCode() throws Exception {
		String base = "http://localhost:" + port;
		ChromeDriver page = browser.open(360, 740);
		page.get(base + "/join/CDCS-01-0002");
		Browser.press(page, By.id("join-register"));
		signUpOnKeycloaksForm(page);

		new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(base + "/welcome"));
		assertThat(page.findElement(By.cssSelector("input[name=unitCode][value='CDCS-01-0002']")).isSelected())
			.as("the union of the notice, chosen").isTrue();
		assertThat(page.findElements(By.cssSelector("input[name=unitCode]"))).hasSize(1);
		Browser.press(page, By.id("group-WORKER"));
		Browser.press(page, By.id("join"));

		new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(base + "/initiatives/new"));
		assertThat(jdbc.queryForObject("select unit_code from member where username = ?", String.class, NEWCOMER))
			.isEqualTo("CDCS-01-0002");
	}

	private static void signUpOnKeycloaksForm(ChromeDriver page) {
		page.findElement(By.id("username")).sendKeys(NEWCOMER);
		page.findElement(By.id("email")).sendKeys(NEWCOMER + "@example.vn");
		page.findElement(By.id("firstName")).sendKeys("Hoa");
		page.findElement(By.id("lastName")).sendKeys("Phạm Thị");
		page.findElement(By.id("password")).sendKeys("Mat-khau-2026!");
		page.findElement(By.id("password-confirm")).sendKeys("Mat-khau-2026!");
		Browser.press(page, By.cssSelector("#kc-register-form [type=submit]"));
	}
}
