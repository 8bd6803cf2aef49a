package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;

/**
 * An author writes and submits an initiative and the support team accepts it, with the keyboard only once a page is
 * open: Tab and Shift+Tab to move, arrows and Space in a radio group, Enter to follow a link or send a form, text typed
 * into whatever has the focus (issue 14). Every element the focus reaches on the platform's pages must show it.
 * Keycloak's sign-in page is used by keyboard too, but its focus ring is Keycloak's theme and is not judged here.
 */
@PlatformTest
@DisplayName("An initiative written, submitted and accepted with the keyboard only, the focus visible at every step (issue 14)")
class KeyboardJourneyBrowserTest {

	/** Tab presses allowed to reach a control: the author's form is long, an inbox lists up to 50 tasks. */
	static final int MAX_TABS = 200;

	/**
	 * Whether the focused element shows it: an outline (the platform's :focus-visible rule, the browser's default on
	 * links) or a box-shadow (Bootstrap's focus ring).
	 */
	static final String FOCUS_SHOWN = """
			const s = getComputedStyle(arguments[0]);
			return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (!!s.boxShadow && s.boxShadow !== 'none');
			""";

	/**
	 * How long a focus ring may take to show: Bootstrap's fades in over 0.15 s, which a busy machine may draw late.
	 * The wait ends as soon as it shows; only a missing ring waits it out.
	 */
	static final Duration FOCUS_FADE_IN = Duration.ofSeconds(5);

	static final String DESCRIBE = """
			const e = arguments[0];
			return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
			  + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '');
			""";

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	/** The elements, on the platform's pages, that were reached by Tab without showing the focus. */
	private final List<String> unseenFocus = new ArrayList<>();

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	@DisplayName("the author writes and submits, the support team opens the task from the inbox and accepts it")
	void writeSubmitAndAccept() throws Exception {
		ChromeDriver author = browser.open(1280, 1000);
		signIn(author, "/initiatives/new", "tacgia.hn");
		skipTheMenu(author);

		tabTo(author, "the kinds of initiative", e -> "kind".equals(e.getAttribute("name")));
		arrowTo(author, "kind-MANAGEMENT_SOLUTION");
		assertThat(author.findElement(By.id("kind-MANAGEMENT_SOLUTION")).isSelected()).as("chosen with an arrow").isTrue();
		typeInto(author, "title", "Bảng kiểm ca trực bằng mã QR");
		typeInto(author, "summary", "Công nhân quét mã QR để ghi nhận kiểm tra máy đầu ca.");
		typeInto(author, "problem", "Sổ kiểm tra giấy hay bị bỏ sót, khó tổng hợp.");
		typeInto(author, "solution", "Mỗi máy dán một mã QR, quét bằng điện thoại mở bảng kiểm.");
		typeInto(author, "originStory", "Tổ bảo trì mất nhiều giờ gom sổ cuối tháng.");
		typeInto(author, "applicationPlace", "Phân xưởng dập, Công ty Cơ khí Hà Nội");
		tabTo(author, "the application mode", e -> "applicationMode".equals(e.getAttribute("name")));
		arrowTo(author, "mode-APPLIED");
		typeInto(author, "applicationDate", dateAsTyped(author, "01", "03", "2022"));
		assertThat(author.findElement(By.id("applicationDate")).getAttribute("value")).isEqualTo("2022-03-01");
		typeInto(author, "benefitVnd", "8.000.000");
		assertThat(author.findElement(By.id("contributors0.username")).getAttribute("value"))
			.as("the author's own row is filled in already").isEqualTo("tacgia.hn");
		tabTo(author, "the author's share", e -> "contributors0.sharePercent".equals(e.getAttribute("id")));
		assertThat(active(author).getAttribute("value")).isEqualTo("100");
		tabTo(author, "the leader box of the author's row", e -> "contributors0.leader1".equals(e.getAttribute("id")));
		new Actions(author).sendKeys(Keys.SPACE).perform();
		assertThat(author.findElement(By.id("contributors0.leader1")).isSelected()).as("ticked with Space").isTrue();
		assertThat(author.findElement(By.id("credited-live")).getText()).isEqualTo("Nguyễn Văn An");
		tabTo(author, "Gửi sáng kiến", e -> "submit".equals(e.getAttribute("id")));
		new Actions(author).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(active(author).getAttribute("id")).as("Shift+Tab goes back").isEqualTo("save");
		tabTo(author, "Gửi sáng kiến", e -> "submit".equals(e.getAttribute("id")));
		new Actions(author).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(author, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/initiatives/\\d+$"));
		long id = Long.parseLong(author.getCurrentUrl().replaceAll(".*/initiatives/(\\d+)$", "$1"));
		Map<String, Object> submitted = jdbc.queryForMap("select status, title, kind from initiative where id = ?", id);
		assertThat(submitted).containsEntry("status", "IN_SUPPORT_REVIEW")
			.containsEntry("title", "Bảng kiểm ca trực bằng mã QR")
			.containsEntry("kind", "MANAGEMENT_SOLUTION");

		ChromeDriver supportTeam = browser.open(1280, 1000);
		signIn(supportTeam, "/inbox", "hotro.hn");
		skipTheMenu(supportTeam);
		String taskPath = supportTeam.findElement(By.xpath("//table[@id='inbox']//tr[td[2][normalize-space()='" + id + "']]//a"))
			.getAttribute("href").replaceAll("^https?://[^/]+", "");
		tabTo(supportTeam, "the task of initiative " + id, e -> taskPath.equals(String.valueOf(e.getAttribute("href")).replaceAll("^https?://[^/]+", "")));
		new Actions(supportTeam).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(supportTeam, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
		skipTheMenu(supportTeam);
		tabTo(supportTeam, "the support team's decision", e -> "supportTeamDecision".equals(e.getAttribute("name")));
		String accept = supportTeam.findElement(By.cssSelector("input[name=supportTeamDecision][value=accept]")).getAttribute("id");
		arrowTo(supportTeam, accept);
		typeInto(supportTeam, "supportTeamComment", "Đủ hồ sơ, chuyển Hội đồng.");
		tabTo(supportTeam, "Hoàn thành", e -> "complete".equals(e.getAttribute("id")));
		new Actions(supportTeam).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(supportTeam, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Đã hoàn thành công việc."));

		String taskId = taskPath.replaceAll(".*/tasks/", "");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("no longer open").isZero();
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		assertThat(done.getEndTime()).as("completed").isNotNull();
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(done.getProcessInstanceId())
			.variableName("supportTeamDecision")
			.singleResult()
			.getValue()).isEqualTo("accept");
		await("on to the council").atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				jdbc.queryForObject("select status from initiative where id = ?", String.class, id)).isEqualTo("IN_COUNCIL_REVIEW"));
		assertThat(unseenFocus).as("elements reached by Tab without a visible focus").isEmpty();
	}

	/** Keycloak's form by keyboard: its username field has the focus, Tab reaches the password, Enter sends. */
	private void signIn(ChromeDriver page, String path, String username) {
		page.get(base() + path);
		new WebDriverWait(page, Duration.ofSeconds(20))
			.until(driver -> "username".equals(active(page).getAttribute("id")));
		active(page).sendKeys(username);
		new Actions(page).sendKeys(Keys.TAB).perform();
		assertThat(active(page).getAttribute("id")).isEqualTo("password");
		active(page).sendKeys(KeycloakTokens.DEMO_PASSWORD, Keys.ENTER);
		new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(base() + path));
		awaitLoaded(page);
	}

	/** The first Tab reaches "Bỏ qua menu"; Enter on it sends the next Tab into the page's main content. */
	private void skipTheMenu(ChromeDriver page) {
		awaitLoaded(page);
		new Actions(page).sendKeys(Keys.TAB).perform();
		WebElement skip = active(page);
		assertThat(skip.getText()).as("the first Tab").isEqualTo("Bỏ qua menu");
		noteFocus(page, skip);
		new Actions(page).sendKeys(Keys.ENTER).perform();
		new Actions(page).sendKeys(Keys.TAB).perform();
		WebElement next = active(page);
		noteFocus(page, next);
		assertThat((Boolean) page.executeScript("return document.getElementById('content').contains(arguments[0])", next))
			.as("after the skip link the focus is in the main content, on %s", page.executeScript(DESCRIBE, next))
			.isTrue();
	}

	/**
	 * Presses Tab until the focused element matches, at most {@link #MAX_TABS} times; each element passed is checked
	 * for a visible focus. Fails naming every element visited.
	 */
	private void tabTo(ChromeDriver page, String what, Predicate<WebElement> target) {
		List<String> visited = new ArrayList<>();
		WebElement current = active(page);
		for (int presses = 0; !target.test(current); presses++) {
			if (presses == MAX_TABS) {
				throw new AssertionError("Tab did not reach " + what + " in " + MAX_TABS + " presses; visited: " + visited);
			}
			new Actions(page).sendKeys(Keys.TAB).perform();
			current = active(page);
			visited.add((String) page.executeScript(DESCRIBE, current));
			noteFocus(page, current);
		}
	}

	/** In a radio group that has the focus, presses the down arrow until the given radio is focused and chosen. */
	private void arrowTo(ChromeDriver page, String radioId) {
		List<String> visited = new ArrayList<>();
		WebElement radio = active(page);
		for (int presses = 0; !radioId.equals(radio.getAttribute("id")); presses++) {
			if (presses == 10) {
				throw new AssertionError("the arrow keys did not reach " + radioId + "; visited: " + visited);
			}
			new Actions(page).sendKeys(Keys.ARROW_DOWN).perform();
			radio = active(page);
			visited.add(radio.getAttribute("id"));
			noteFocus(page, radio);
		}
		// The first radio of a group with none chosen has the focus without being chosen: Space chooses it.
		if (!radio.isSelected()) {
			new Actions(page).sendKeys(Keys.SPACE).perform();
		}
		assertThat(page.findElement(By.id(radioId)).isSelected()).as(radioId + " chosen").isTrue();
	}

	private void typeInto(ChromeDriver page, String fieldId, String text) {
		tabTo(page, "#" + fieldId, e -> fieldId.equals(e.getAttribute("id")));
		active(page).sendKeys(text);
	}

	/**
	 * A date field takes the day, month and year as digits typed in the order of the browser's own locale (headless
	 * Chromium's is en-US whatever the page's language): the same order as the locale's default date format.
	 */
	private static String dateAsTyped(ChromeDriver page, String day, String month, String year) {
		String order = (String) page.executeScript("""
				return new Intl.DateTimeFormat(undefined, {day: '2-digit', month: '2-digit', year: 'numeric'})
				  .formatToParts(new Date(2022, 2, 1)).filter(p => p.type !== 'literal').map(p => p.type).join(' ');
				""");
		return String.join("", List.of(order.split(" ")).stream()
			.map(part -> switch (part) {
				case "day" -> day;
				case "month" -> month;
				default -> year;
			})
			.toList());
	}

	private void noteFocus(ChromeDriver page, WebElement focused) {
		// Bootstrap's ring fades in (a 0.15 s transition from none): a date field, whose focus is in its day, month
		// or year part, shows only that ring, so the style is judged once the transition has had its time.
		try {
			new WebDriverWait(page, FOCUS_FADE_IN).until(driver -> Boolean.TRUE.equals(page.executeScript(FOCUS_SHOWN, focused)));
		}
		catch (TimeoutException e) {
			unseenFocus.add(page.executeScript(DESCRIBE, focused) + " on " + page.getCurrentUrl().replace(base(), ""));
		}
	}

	private static WebElement active(ChromeDriver page) {
		return page.switchTo().activeElement();
	}

	private static void awaitLoaded(ChromeDriver page) {
		new WebDriverWait(page, Duration.ofSeconds(20))
			.until(driver -> "complete".equals(page.executeScript("return document.readyState")));
	}
}
