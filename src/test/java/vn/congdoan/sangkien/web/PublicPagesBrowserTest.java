package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("The public pages in a real browser: Vietnamese first, English by a switch, usable at 360 px")
class PublicPagesBrowserTest {

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("a province's subtree: its leaderboard ranks the units under it, its search finds their initiatives")
	void provinceSubtree() {
		steps.published("Giá phơi vải xoay tròn");

		String hanoi = rest.getForObject("/leaderboards?unit=LDLD-01&phase=PHASE_2", String.class);
		String inHanoi = rest.getForObject("/initiatives?q=gia phoi vai&unit=LDLD-01", String.class);
		String inDaNang = rest.getForObject("/initiatives?q=gia phoi vai&unit=LDLD-48", String.class);

		assertThat(hanoi).contains("Các đơn vị trực thuộc Liên đoàn Lao động thành phố Hà Nội",
				"Liên đoàn Lao động quận Cầu Giấy").doesNotContain("Liên đoàn Lao động quận Hải Châu");
		assertThat(inHanoi).contains("Giá phơi vải xoay tròn");
		assertThat(inDaNang).doesNotContain("Giá phơi vải xoay tròn").contains("no-results");
	}

	@Test
	@DisplayName("the platform's own styles are named by their content and cached by browsers")
	void staticAssetsAreCached() {
		String home = rest.getForObject("/", String.class);
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("/css/app-[0-9a-f]{32}\\.css").matcher(home);
		assertThat(css.find()).as("a content-versioned stylesheet link").isTrue();

		var stylesheet = rest.getForEntity(css.group(), String.class);

		assertThat(stylesheet.getStatusCode().value()).isEqualTo(200);
		assertThat(stylesheet.getHeaders().getCacheControl()).contains("max-age=2592000").contains("public");
	}

	@Test
	@DisplayName("the home page shows national progress in Vietnamese, and in English after the switch")
	void homeInBothLanguages() throws Exception {
		ChromeDriver page = browser.open(1280, 900);
		page.get("http://localhost:" + port + "/");

		assertThat(page.findElement(By.id("home-heading")).getText()).isEqualTo("Chương trình \"01 triệu sáng kiến\"");
		assertThat(page.findElement(By.id("progress-heading")).getText()).isEqualTo("Tiến độ toàn quốc");
		assertThat(Browser.whenCounted(page, By.cssSelector("#leaderboard tbody tr"), 10)).hasSize(10);
		// The chart's script is a file and its numbers are JSON data: the page's Content-Security-Policy lets it draw.
		new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> page.executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('bar-chart')) !== undefined"));
		assertThat(page.executeScript("return Chart.getChart(document.getElementById('bar-chart')).data.labels"))
			.isEqualTo(List.of("Đợt 1", "Đợt 2"));
		browser.screenshot(Path.of("docs/screenshots/home.png"));

		page.findElement(By.id("lang-en")).click();
		new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("lang=en"));

		assertThat(page.findElement(By.id("home-heading")).getText()).isEqualTo("The \"one million initiatives\" programme");
		page.get("http://localhost:" + port + "/leaderboards?phase=PHASE_2");
		assertThat(page.findElement(By.tagName("h1")).getText()).as("the choice is kept").isEqualTo("Leaderboards");
	}

	@Test
	@DisplayName("a published initiative is found by words typed without accents, with its origin story (R-5.3)")
	void searchPublished() throws Exception {
		long id = steps.published("Bàn là hơi nước tiết kiệm điện");
		ChromeDriver page = browser.open(1280, 900);
		page.get("http://localhost:" + port + "/initiatives?lang=vi");

		page.findElement(By.id("q")).sendKeys("ban la hoi nuoc");
		page.findElement(By.cssSelector("form[role=search] button")).click();
		new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=ban"));

		List<WebElement> results = Browser.whenCounted(page, By.cssSelector(".published-initiative"), 1);
		assertThat(results).hasSize(1);
		assertThat(results.get(0).getText()).contains("Bàn là hơi nước tiết kiệm điện", "Câu chuyện ra đời",
				"125.000.000", "₫");
		browser.screenshot(Path.of("docs/screenshots/initiatives.png"));
		assertThat(id).isPositive();
	}

	@Test
	@DisplayName("the leaderboard lists the 82 units directly under VGCL, and fits a 360 px phone")
	void leaderboardOnAPhone() throws Exception {
		ChromeDriver page = browser.open(360, 780);
		page.get("http://localhost:" + port + "/leaderboards?phase=PHASE_2&lang=vi");

		assertThat(Browser.whenCounted(page, By.cssSelector("#leaderboard tbody tr"), 82)).hasSize(82);
		Long overflow = (Long) page.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("no sideways scrolling of the page").isLessThanOrEqualTo(0L);
		browser.screenshot(Path.of("docs/screenshots/leaderboards-360.png"));
	}
}
