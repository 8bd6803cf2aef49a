package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;
import vn.congdoan.sangkien.Steps;

/** The pages of union officers and of the VGCL Office, in a real browser. */
@PlatformTest
@DisplayName("Officers' pages in a real browser: dashboards down the tree, bulk upload, the VGCL Office")
class OfficerPagesBrowserTest {

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	@DisplayName("a district officer follows their subtree and goes down to a grassroots union, not beside it")
	void dashboardDownTheTree() throws Exception {
		EventPublications.awaitAllHandled(jdbc);
		long technicalBefore = jdbc.queryForObject("""
				select coalesce(sum(initiative_count), 0) from unit_phase_kind_total
				where unit_code = 'CTTT-01-005' and phase_code = 'PHASE_2' and kind = 'TECHNICAL_SOLUTION'""", Long.class);
		steps.published("Kẹp giữ vải chống trượt");
		EventPublications.awaitAllHandled(jdbc);
		ChromeDriver officer = browser.open(1280, 1000);
		Browser.signIn(officer, base(), "/dashboard", "canbo.caugiay");

		assertThat(officer.findElement(By.id("dashboard-heading")).getText()).isEqualTo("Liên đoàn Lao động quận Cầu Giấy");
		List<WebElement> subUnits = officer.findElements(By.cssSelector("#sub-units tbody tr a"));
		assertThat(subUnits).extracting(WebElement::getText).contains("Công đoàn Công ty Cổ phần May Cầu Giấy");
		assertThat(officer.findElement(By.id("targets-check")).getText()).isNotBlank();
		assertThat(officer.findElement(By.xpath("//table[@id='by-kind']//tr[td[1][normalize-space()='Giải pháp kỹ thuật']]/td[2]"))
			.getText()).as("R-1, rolled up from the grassroots union").isEqualTo(String.valueOf(technicalBefore + 1));

		Browser.press(officer, By.linkText("Công đoàn Công ty Cổ phần May Cầu Giấy"));
		new WebDriverWait(officer, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("unit=CDCS-01-0001"));
		assertThat(officer.findElement(By.id("dashboard-heading")).getText()).isEqualTo("Công đoàn Công ty Cổ phần May Cầu Giấy");
		assertThat(officer.findElements(By.cssSelector("#unit-path a"))).extracting(WebElement::getText)
			.containsExactly("Liên đoàn Lao động quận Cầu Giấy");

		officer.get(base() + "/dashboard?unit=LDLD-01");
		assertThat(officer.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền");
	}

	@Test
	@DisplayName("the grassroots officer uploads two recognised initiatives at once; the published count follows (R-5.3, R-5.4)")
	void bulkUploadPage() throws Exception {
		long first = recognised(api, steps, "Xe đẩy vải có phanh");
		long second = recognised(api, steps, "Bảng theo dõi ca trực điện tử");
		EventPublications.awaitAllHandled(jdbc);
		long before = jdbc.queryForObject(
				"select coalesce(sum(initiative_count), 0) from unit_phase_total where unit_code = 'CDCS-01-0001'", Long.class);

		ChromeDriver officer = browser.open(1280, 1000);
		Browser.signIn(officer, base(), "/portal-uploads", "canbo.hn");
		String firstTask = steps.taskOf(first, "portalUpload").getId();
		String secondTask = steps.taskOf(second, "portalUpload").getId();
		// "Choose all" runs from a script file under the pages' Content-Security-Policy; pressed twice it clears again.
		Browser.press(officer, By.id("choose-all"));
		assertThat(officer.findElement(By.id("choose-" + secondTask)).isSelected()).as("chosen by choose-all").isTrue();
		Browser.press(officer, By.id("choose-all"));
		assertThat(officer.findElement(By.id("choose-" + secondTask)).isSelected()).as("cleared by choose-all").isFalse();
		Browser.press(officer, By.id("choose-" + firstTask));
		Browser.press(officer, By.id("choose-" + secondTask));
		officer.findElement(By.name("reference-" + firstTask)).sendKeys("CONG-2022-" + first);
		browser.screenshot(Path.of("docs/screenshots/portal-uploads.png"));
		Browser.press(officer, By.id("upload-chosen"));

		assertThat(officer.findElement(By.id("upload-results")).getText()).contains("2 sáng kiến đã đưa lên, 0 sáng kiến chưa được");
		assertThat(officer.findElements(By.id("choose-" + firstTask))).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from initiative where id in (?, ?) and status = 'PUBLISHED'",
				Long.class, first, second)).isEqualTo(2);
		await("both counted after their commits (R-4)").atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				jdbc.queryForObject("select coalesce(sum(initiative_count), 0) from unit_phase_total where unit_code = 'CDCS-01-0001'",
						Long.class))
			.isEqualTo(before + 2));
	}

	@Test
	@DisplayName("the VGCL Office sees the calendar, sets a level-2 target and sees whether the targets add up (R-4.4)")
	void officePage() throws Exception {
		SharedRows target = SharedRows.keep(jdbc, "target", "unit_code = 'LDLD-48' and period = '2022-Q4'");
		try {
			officeSetsATarget();
		}
		finally {
			target.restore();
		}
	}

	private void officeSetsATarget() throws Exception {
		ChromeDriver office = browser.open(1280, 1000);
		Browser.signIn(office, base(), "/office", "vanphong.tld");

		assertThat(office.findElements(By.cssSelector("#calendar-table tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(Browser.whenCounted(office, By.cssSelector("#clusters-table tbody tr"), 12)).hasSize(12);
		new org.openqa.selenium.support.ui.Select(office.findElement(By.id("target-unit"))).selectByValue("LDLD-48");
		office.findElement(By.id("target-period")).clear();
		office.findElement(By.id("target-period")).sendKeys("2022-Q4");
		office.findElement(By.id("target-count")).sendKeys("1.500");
		Browser.press(office, By.cssSelector("#target-form button"));

		assertThat(office.findElement(By.id("flash")).getText()).contains("1.500", "LDLD-48", "2022-Q4");
		assertThat(jdbc.queryForObject("select initiative_count from target where unit_code = 'LDLD-48' and period = '2022-Q4'",
				Integer.class)).isEqualTo(1500);
		browser.screenshot(Path.of("docs/screenshots/office.png"));

		office.findElement(By.id("target-period")).clear();
		office.findElement(By.id("target-period")).sendKeys("2030-Q1");
		office.findElement(By.id("target-count")).sendKeys("10");
		Browser.press(office, By.cssSelector("#target-form button"));
		assertThat(office.findElement(By.id("office-problem")).getText()).contains("2030-Q1");

		office.get(base() + "/dashboard");
		assertThat(office.findElement(By.id("dashboard-heading")).getText()).isEqualTo("Tổng Liên đoàn Lao động Việt Nam");
		assertThat(Browser.whenCounted(office, By.cssSelector("#sub-units tbody tr"), 82)).hasSize(82);
		browser.screenshot(Path.of("docs/screenshots/dashboard.png"));
	}

	@Test
	@DisplayName("the officer proposes a published initiative for commendation; the district approver grants it; the author sees the award (R-7.4, R-7.6)")
	void commendationThroughThePages() throws Exception {
		long id = steps.published("Bàn cắt vải có đèn chiếu sáng");

		ChromeDriver officer = browser.open(1280, 1000);
		Browser.signIn(officer, base(), "/initiatives/" + id, "canbo.hn");
		officer.findElement(By.id("commendation-reason")).sendKeys("Làm lợi lớn, nhân rộng được.");
		Browser.press(officer, By.id("propose-commendation"));
		assertThat(officer.findElement(By.id("flash")).getText()).contains("Đã đề nghị khen thưởng");
		officer.get(base() + "/inbox");
		Browser.press(officer, By.xpath("//table[@id='inbox']//tr[td[2][normalize-space()='" + id + "']]//a"));
		Browser.press(officer, By.cssSelector("input[name=commendationDecision][value=forward]"));
		Browser.press(officer, By.id("complete"));
		assertThat(officer.findElement(By.id("flash")).isDisplayed()).isTrue();

		ChromeDriver approver = browser.open(1280, 1000);
		Browser.signIn(approver, base(), "/inbox", "khenthuong.caugiay");
		Browser.press(approver, By.xpath("//table[@id='inbox']//tr[td[2][normalize-space()='" + id + "']]//a"));
		assertThat(approver.findElement(By.id("timeline")).getText()).contains("Làm lợi lớn, nhân rộng được.");
		Browser.press(approver, By.cssSelector("input[name=commendationDecision][value=grant]"));
		new org.openqa.selenium.support.ui.Select(approver.findElement(By.id("award"))).selectByValue("GIAY_KHEN");
		Browser.press(approver, By.id("complete"));
		assertThat(approver.findElement(By.id("flash")).isDisplayed()).isTrue();

		ChromeDriver author = browser.open(1280, 1000);
		Browser.signIn(author, base(), "/initiatives/" + id, "tacgia.hn");
		assertThat(author.findElement(By.id("initiative-award")).getText()).isEqualTo("Giấy khen (CTTT-01-005)");
	}

	private static long recognised(ApiClient api, Steps steps, String title) {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", title);
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition", Steps.RECOGNISE);
		return id;
	}
}
