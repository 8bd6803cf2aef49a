package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;

/**
 * An author on a phone loses the connection while writing (issue 14): the browser's network is cut through
 * Chromium's own emulation, not the server's, so the page's script meets a real failed request.
 */
@PlatformTest
@DisplayName("The author's form keeps what was typed through a dropped connection, and saves it when it is back")
class OfflineDraftBrowserTest {

	static final String OFFLINE = "Mất kết nối";

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("typed offline: saved when the connection returns, and after the tab was closed offline, on reopening")
	void nothingTypedIsLost() throws Exception {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Khay đựng linh kiện", "tacgia.hn",
				"Nguyễn Văn An"));
		String base = "http://localhost:" + port;
		String edit = "/initiatives/" + draft + "/edit";
		ChromeDriver page = browser.open(360, 740);
		Browser.signIn(page, base, edit, "tacgia.hn");

		offline(page, true);
		page.findElement(By.id("title")).sendKeys(" gấp gọn");
		awaitStatus(page, OFFLINE);
		assertThat(title(draft)).as("nothing reached the platform").isEqualTo("Khay đựng linh kiện");
		offline(page, false);
		await("saved once the connection is back").atMost(Duration.ofSeconds(30))
			.until(() -> title(draft) + " | " + status(page), startsWith("Khay đựng linh kiện gấp gọn | "));

		offline(page, true);
		page.findElement(By.id("title")).sendKeys(" bằng nhựa");
		awaitStatus(page, OFFLINE);
		page.get("about:blank");
		offline(page, false);
		assertThat(title(draft)).as("the tab closed before it could save").isEqualTo("Khay đựng linh kiện gấp gọn");

		page.get(base + edit);
		assertThat(page.findElement(By.id("title")).getAttribute("value")).isEqualTo("Khay đựng linh kiện gấp gọn bằng nhựa");
		await("the restored text saved").atMost(Duration.ofSeconds(30))
			.until(() -> title(draft) + " | " + status(page), startsWith("Khay đựng linh kiện gấp gọn bằng nhựa | "));
		awaitStatus(page, "Đã tự động lưu");
		assertThat(page.executeScript("return localStorage.length")).as("nothing left on the device once saved")
			.isEqualTo(0L);
	}

	private static void offline(ChromeDriver page, boolean offline) {
		if (offline) {
			ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
			conditions.setOffline(true);
			page.setNetworkConditions(conditions);
		}
		else {
			page.deleteNetworkConditions();
		}
	}

	private static void awaitStatus(ChromeDriver page, String text) {
		new WebDriverWait(page, Duration.ofSeconds(20)).until(driver -> status(page).contains(text));
	}

	private static String status(ChromeDriver page) {
		return page.findElement(By.id("autosave-status")).getText();
	}

	private String title(long id) {
		return jdbc.queryForObject("select title from initiative where id = ?", String.class, id);
	}
}
