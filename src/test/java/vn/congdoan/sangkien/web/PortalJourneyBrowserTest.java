package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;

/**
 * The demo's whole journey in a real browser, each person in their own: the author writes and submits,
 * the support team returns it, the author revises, the support team accepts, the council recognises,
 * the officer uploads, and the public home page counts one more.
 */
@PlatformTest
@DisplayName("The portal's journey in a real browser, from the author's form to the public count")
class PortalJourneyBrowserTest {

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	@DisplayName("write, submit, return, revise, accept, claim, recognise, upload: the public count is one higher (R-2.4, R-5.1, R-5.3, R-6.3)")
	void fromIdeaToPublicCount() throws Exception {
		ChromeDriver visitor = browser.open(1280, 900);
		EventPublications.awaitAllHandled(jdbc);
		visitor.get(base() + "/");
		long before = count(visitor.findElement(By.id("programme-count")).getText());

		ChromeDriver author = browser.open(1280, 1000);
		Browser.signIn(author, base(), "/initiatives/new", "tacgia.hn");
		fillNewInitiative(author);
		assertThat(author.findElement(By.id("credited-live")).getText()).as("R-2.4 live").isEqualTo("Nguyễn Văn An");
		Browser.press(author, By.id("contributors1.kind2"));
		author.findElement(By.id("contributors1.fullName")).sendKeys("Trần Văn Bình");
		author.findElement(By.id("contributors1.dateOfBirth")).sendKeys("12/04/1985");
		author.findElement(By.id("contributors1.sharePercent")).sendKeys("50");
		replace(author.findElement(By.id("contributors0.sharePercent")), "50");
		assertThat(author.findElement(By.id("credited-live")).getText()).as("a tie without a leader")
			.contains("chủ nhiệm");
		Browser.press(author, By.id("contributors0.leader1"));
		assertThat(author.findElement(By.id("credited-live")).getText()).isEqualTo("Nguyễn Văn An");
		browser.screenshot(Path.of("docs/screenshots/initiative-form.png"));
		String id = submit(author);
		assertThat(author.findElement(By.id("flash")).getText()).contains("Đã gửi sáng kiến");
		assertThat(author.findElement(By.id("status")).getText()).isEqualTo("Tổ hỗ trợ đang xem xét");

		ChromeDriver supportTeam = browser.open(1280, 1000);
		Browser.signIn(supportTeam, base(), "/inbox", "hotro.hn");
		openTask(supportTeam, id);
		Browser.screenshot(supportTeam, Path.of("docs/screenshots/task.png"));
		Browser.press(supportTeam, By.cssSelector("input[name=supportTeamDecision][value=return]"));
		supportTeam.findElement(By.id("supportTeamComment")).sendKeys("Bổ sung cách tính số tiền làm lợi.");
		Browser.press(supportTeam, By.id("complete"));
		assertThat(supportTeam.findElement(By.id("flash")).getText()).isEqualTo("Đã hoàn thành công việc.");

		author.get(base() + "/inbox");
		openTask(author, id);
		assertThat(author.findElement(By.id("timeline")).getText()).contains("Bổ sung cách tính số tiền làm lợi.");
		Browser.press(author, By.id("edit"));
		Path drawing = Files.createTempDirectory("attachment").resolve("ban-ve-ga-kep.png");
		Files.write(drawing, InitiativeDrafts.PNG);
		author.findElement(By.id("file")).sendKeys(drawing.toString());
		Browser.press(author, By.cssSelector("#attachment-form button"));
		assertThat(author.findElement(By.linkText("ban-ve-ga-kep.png")).getAttribute("href")).contains("/attachments/");
		replace(author.findElement(By.id("benefitVnd")), "15.000.000");
		Browser.press(author, By.id("save"));
		assertThat(author.findElement(By.id("flash")).getText()).isEqualTo("Đã lưu bản nháp.");
		author.get(base() + "/inbox");
		openTask(author, id);
		author.findElement(By.id("authorAnswer")).sendKeys("Đã bổ sung: làm lợi 15 triệu đồng mỗi năm.");
		Browser.press(author, By.id("complete"));
		assertThat(author.findElement(By.id("flash")).isDisplayed()).isTrue();

		supportTeam.get(base() + "/inbox");
		openTask(supportTeam, id);
		assertThat(supportTeam.findElement(By.id("attachments")).getText()).contains("ban-ve-ga-kep.png");
		Browser.press(supportTeam, By.cssSelector("input[name=supportTeamDecision][value=accept]"));
		Browser.press(supportTeam, By.id("complete"));

		ChromeDriver council = browser.open(1280, 1000);
		Browser.signIn(council, base(), "/inbox", "hoidong.hn");
		String councilTask = openTask(council, id);
		Browser.press(council, By.id("claim"));
		assertThat(council.findElement(By.id("unclaim")).isDisplayed()).as("claimed: it can be given back").isTrue();
		ChromeDriver otherMember = browser.open(1280, 1000);
		Browser.signIn(otherMember, base(), councilTask, "hoidong2.hn");
		assertThat(otherMember.findElement(By.id("task-refusal")).getText()).contains("hoidong.hn");
		assertThat(otherMember.findElement(By.id("complete")).isEnabled()).as("read-only for the other member").isFalse();
		Browser.press(council, By.cssSelector("input[name=councilDecision][value=recognise]"));
		council.executeScript("arguments[0].value = '2022-09-20'", council.findElement(By.id("recognitionDate")));
		Browser.press(council, By.id("noveltyConfirmed"));
		Browser.press(council, By.id("applicationConfirmed"));
		Browser.press(council, By.id("benefitConfirmed"));
		Browser.press(council, By.id("complete"));
		assertThat(council.findElement(By.id("flash")).getText()).isEqualTo("Đã hoàn thành công việc.");

		ChromeDriver officer = browser.open(1280, 1000);
		Browser.signIn(officer, base(), "/inbox", "canbo.hn");
		openTask(officer, id);
		Browser.press(officer, By.id("uploadedToPortal"));
		officer.findElement(By.id("portalReference")).sendKeys("CONG-2022-" + id);
		Browser.press(officer, By.id("complete"));
		assertThat(officer.findElement(By.id("flash")).getText()).isEqualTo("Đã hoàn thành công việc.");

		author.get(base() + "/initiatives/" + id);
		assertThat(author.findElement(By.id("status")).getText()).isEqualTo("Đã đăng trên Cổng");
		// Counted after the upload's commit: the page shows it once the running totals have it.
		await("the public count one higher").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			visitor.navigate().refresh();
			assertThat(count(visitor.findElement(By.id("programme-count")).getText())).isEqualTo(before + 1);
		});
	}

	@Test
	@DisplayName("a form error is shown next to its field and nothing typed is lost")
	void formErrorKeepsTheText() throws Exception {
		ChromeDriver author = browser.open(1280, 1000);
		Browser.signIn(author, base(), "/initiatives/new", "tacgia.hn");
		fillNewInitiative(author);
		replace(author.findElement(By.id("benefitVnd")), "khoảng mười triệu");
		Browser.press(author, By.id("save"));

		assertThat(author.findElement(By.id("benefitVnd-error")).getText()).isEqualTo("Số tiền chỉ gồm chữ số, ví dụ 1.234.567.");
		assertThat(author.findElement(By.id("benefitVnd")).getAttribute("class")).contains("is-invalid");
		assertThat(author.findElement(By.id("benefitVnd")).getAttribute("aria-describedby")).isEqualTo("benefitVnd-error");
		assertThat(author.findElement(By.id("benefitVnd")).getAttribute("value")).isEqualTo("khoảng mười triệu");
		assertThat(author.findElement(By.id("title")).getAttribute("value")).isEqualTo("Gá kẹp thay khuôn nhanh");
		assertThat(author.findElement(By.id("solution")).getAttribute("value")).startsWith("Gá kẹp định vị");
		assertThat(author.findElement(By.id("kind-TECHNICAL_SOLUTION")).isSelected()).isTrue();

		replace(author.findElement(By.id("benefitVnd")), "12.500.000");
		author.executeScript("arguments[0].value = ''", author.findElement(By.id("applicationDate")));
		Browser.press(author, By.id("submit"));
		assertThat(author.findElement(By.id("applicationDate-error")).getText()).contains("Ngày áp dụng");
		assertThat(author.findElement(By.id("benefitVnd")).getAttribute("value")).isEqualTo("12.500.000");
	}

	@Test
	@DisplayName("a task form's error is shown next to its field, the comment typed is kept; the form reads in English too")
	void taskFormErrorKeepsTheText() throws Exception {
		OpenedTask task = supportTeamOpensANewInitiative();
		ChromeDriver supportTeam = task.page();
		supportTeam.findElement(By.id("supportTeamComment")).sendKeys("Cần ảnh chụp gá kẹp.");
		Browser.press(supportTeam, By.id("complete"));

		assertThat(supportTeam.findElement(By.id("supportTeamDecision-error")).getText())
			.isEqualTo("Vui lòng nhập \"Ý kiến của Tổ hỗ trợ\".");
		assertThat(supportTeam.findElement(By.id("supportTeamComment")).getAttribute("value")).isEqualTo("Cần ảnh chụp gá kẹp.");
		assertThat(supportTeam.findElement(By.cssSelector("#task-form fieldset fieldset")).getAttribute("aria-describedby"))
			.as("the error is read out with the choice").isEqualTo("supportTeamDecision-error");
		assertThat(supportTeam.findElement(By.id("supportTeamComment")).getAttribute("aria-describedby"))
			.isEqualTo("supportTeamComment-help");

		supportTeam.get(base() + task.path() + "?lang=en");
		assertThat(supportTeam.findElement(By.cssSelector("#task-form legend")).getText()).isEqualTo("The support team's opinion *");
		assertThat(supportTeam.findElement(By.cssSelector("label[for=supportTeamDecision-1]")).getText())
			.isEqualTo("Return to the author for revision");
		Browser.press(supportTeam, By.id("complete"));
		assertThat(supportTeam.findElement(By.id("supportTeamDecision-error")).getText())
			.isEqualTo("Please fill in \"The support team's opinion\".");
	}

	@Test
	@DisplayName("a reviewer of another unit cannot open the task, nor find it in their inbox")
	void otherUnitCannotOpenTheTask() throws Exception {
		String taskPath = supportTeamOpensANewInitiative().path();

		ChromeDriver otherUnit = browser.open(1280, 1000);
		Browser.signIn(otherUnit, base(), "/inbox", "hotro.dn");
		assertThat(otherUnit.findElements(By.cssSelector("#inbox a[href='" + taskPath + "']"))).isEmpty();
		otherUnit.get(base() + taskPath);

		assertThat(otherUnit.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền");
		assertThat(otherUnit.findElement(By.id("problem-message")).getText()).contains("không thuộc nhóm của bạn");
		assertThat(otherUnit.findElements(By.id("task-form"))).isEmpty();
	}

	@Test
	@DisplayName("on a 360 px phone the author's form and a reviewer's task page need no sideways scrolling")
	void fitsAPhone() throws Exception {
		ChromeDriver author = browser.open(360, 780);
		Browser.signIn(author, base(), "/initiatives/new", "tacgia.hn");
		assertThat(sidewaysOverflow(author)).as("the author's form").isLessThanOrEqualTo(0L);
		fillNewInitiative(author);
		String id = submit(author);

		ChromeDriver supportTeam = browser.open(360, 780);
		Browser.signIn(supportTeam, base(), "/inbox", "hotro.hn");
		assertThat(sidewaysOverflow(supportTeam)).as("the inbox").isLessThanOrEqualTo(0L);
		openTask(supportTeam, id);
		assertThat(sidewaysOverflow(supportTeam)).as("the task page").isLessThanOrEqualTo(0L);
		Browser.screenshot(supportTeam, Path.of("docs/screenshots/task-360.png"));
	}

	/** A task page, open in its user's browser, and its address. */
	private record OpenedTask(ChromeDriver page, String path) {
	}

	/** The Hà Nội author writes and submits a new initiative; the Hà Nội support team opens its task. */
	private OpenedTask supportTeamOpensANewInitiative() throws IOException {
		ChromeDriver author = browser.open(1280, 1000);
		Browser.signIn(author, base(), "/initiatives/new", "tacgia.hn");
		fillNewInitiative(author);
		String id = submit(author);
		ChromeDriver supportTeam = browser.open(1280, 1000);
		Browser.signIn(supportTeam, base(), "/inbox", "hotro.hn");
		return new OpenedTask(supportTeam, openTask(supportTeam, id));
	}

	private static long sidewaysOverflow(ChromeDriver page) {
		return (Long) page.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	/** Steps 1 to 3 of the author's form, with the author alone as contributor (the form's default). */
	private static void fillNewInitiative(ChromeDriver author) {
		Browser.press(author, By.cssSelector("label[for=kind-TECHNICAL_SOLUTION]"));
		author.findElement(By.id("title")).sendKeys("Gá kẹp thay khuôn nhanh");
		author.findElement(By.id("summary")).sendKeys("Gá kẹp giúp thay khuôn dập trong 5 phút thay vì 30 phút.");
		author.findElement(By.id("problem")).sendKeys("Thay khuôn mất nhiều thời gian, máy dập phải dừng lâu.");
		author.findElement(By.id("solution")).sendKeys("Gá kẹp định vị bằng chốt côn, không phải căn chỉnh lại.");
		author.findElement(By.id("originStory")).sendKeys("Ca đêm chờ thay khuôn quá lâu nên tổ nghĩ cách.");
		author.findElement(By.id("applicationPlace")).sendKeys("Phân xưởng dập, Công ty Cơ khí Hà Nội");
		Browser.press(author, By.cssSelector("label[for=mode-APPLIED]"));
		author.executeScript("arguments[0].value = '2022-03-01'", author.findElement(By.id("applicationDate")));
		author.findElement(By.id("benefitVnd")).sendKeys("12.500.000");
	}

	/** Submits the author's form and waits for the submitted initiative's page; returns its number. */
	private static String submit(ChromeDriver author) {
		Browser.press(author, By.id("submit"));
		new WebDriverWait(author, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/initiatives/\\d+$"));
		return author.getCurrentUrl().replaceAll(".*/initiatives/(\\d+)$", "$1");
	}

	/** Opens the initiative's task from the inbox, as a person would; returns the task page's path. */
	private static String openTask(ChromeDriver page, String initiativeId) {
		WebElement link = page.findElement(By.xpath("//table[@id='inbox']//tr[td[2][normalize-space()='" + initiativeId + "']]//a"));
		String path = link.getAttribute("href").replaceAll("^https?://[^/]+", "");
		page.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
		link.click();
		new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
		return path;
	}

	private static void replace(WebElement input, String text) {
		input.clear();
		input.sendKeys(text);
	}

	private static long count(String shown) {
		return Long.parseLong(shown.replaceAll("\\D", ""));
	}
}
