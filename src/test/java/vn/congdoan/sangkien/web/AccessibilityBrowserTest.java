package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * Every page a person reaches through the menus of their role, checked by axe-core against WCAG 2.1 A and AA, in
 * Vietnamese and in English, and measured on a 360 px phone for sideways scrolling (issue 14). One browser per role
 * walks all its pages: first at a desktop's width with axe, then at 360 px.
 * <p>
 * Pages left out, and why: Keycloak's own sign-in and sign-up pages (Keycloak's theme, not the platform's);
 * {@code /welcome} (shown once, to a new account); {@code /notifications/unsubscribe} (reached from an e-mail's link
 * with a signed token); {@code /office/imports/{id}} (after a bulk import only); {@code /join/{unit}/write} and
 * {@code /notifications/{id}} (redirects, no page of their own); {@code /sign-in-unavailable} (only while Keycloak
 * is down); {@code /dev/mail} (development profile only); PDF and spreadsheet downloads (not HTML); the task pages of an idea,
 * a commendation proposal and a collective recognition (the same task page as the two checked here, with other
 * fields; their data takes a whole round of the programme to make).
 */
@PlatformTest
@DisplayName("Every page passes axe-core's WCAG 2.1 A and AA checks in both languages and fits a 360 px phone (issue 14)")
class AccessibilityBrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final int DESKTOP = 1280;

	static final int PHONE = 360;

	/** How many of a violation's elements the failure names: enough to find the template. */
	static final int NODES_SHOWN = 5;

	/**
	 * The innermost elements that reach past the window's right edge, outside any box that scrolls on its own (a
	 * table in .table-responsive may be wide): where to look when a page scrolls sideways.
	 */
	static final String WIDEST = """
			const edge = window.innerWidth + 0.5;
			const past = e => e.getBoundingClientRect().right > edge;
			const scrollsItself = e => { for (let a = e.parentElement; a; a = a.parentElement) {
			  if (a !== document.body && a !== document.documentElement && getComputedStyle(a).overflowX !== 'visible') return true; }
			  return false; };
			return [...document.body.querySelectorAll('*')]
			  .filter(e => past(e) && ![...e.children].some(past) && !scrollsItself(e))
			  .slice(0, 3)
			  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join(''))
			  .join(', ');
			""";

	@RegisterExtension
	Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("a visitor: home, published initiatives, a search, one initiative, leaderboards, a union's join page, not found")
	void visitor() throws IOException {
		long published = steps.published("Bàn kẹp phôi có thước đo");
		assertPagesPass("visitor", null, List.of("/", "/initiatives", "/initiatives?q=may+cat", "/initiatives/" + published,
				"/leaderboards", "/join/CDCS-01-0001", "/verify/KHONG-CO-MA-NAY", "/initiatives/999999999"));
	}

	@Test
	@DisplayName("an author: their initiatives, the form new and with a draft, a submitted one, ideas, notifications")
	void author() throws IOException {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn",
				InitiativeDrafts.complete("Giá treo cuộn chỉ gọn", "tacgia.hn", "Nguyễn Văn An"));
		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Đèn báo hết chỉ máy may");
		try {
			assertPagesPass("author", "tacgia.hn", List.of("/my-initiatives", "/initiatives/new",
					"/initiatives/" + draft + "/edit", "/initiatives/" + submitted, "/ideas", "/ideas/new", "/inbox",
					"/notifications", "/notifications/settings"));
		}
		finally {
			assertThat(api.delete("tacgia.hn", "/api/initiatives/" + draft).statusCode()).isEqualTo(204);
		}
	}

	@Test
	@DisplayName("the support team: the inbox and a review task")
	void supportTeam() throws IOException {
		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Tấm chắn bụi bàn là");
		String task = steps.taskOf(submitted, "supportTeamReview").getId();
		assertPagesPass("support team", "hotro.hn", List.of("/inbox", "/tasks/" + task, "/ideas"));
	}

	@Test
	@DisplayName("the council: the inbox and a recognition task")
	void council() throws IOException {
		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Móc treo áo thành phẩm");
		steps.complete("hotro.hn", submitted, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		String task = steps.taskOf(submitted, "councilRecognition").getId();
		assertPagesPass("council", "hoidong.hn", List.of("/inbox", "/tasks/" + task));
	}

	@Test
	@DisplayName("a grassroots union's officer: dashboard, uploads to the portal, the union's ideas and appointments")
	void unionOfficer() throws IOException {
		steps.recognised("Thước đo đường may nhanh");
		assertPagesPass("union officer", "canbo.hn", List.of("/dashboard", "/inbox", "/portal-uploads",
				"/units/CDCS-01-0001/ideas", "/units/CDCS-01-0001/appointments"));
	}

	@Test
	@DisplayName("a district officer and a district's commendation approver: their dashboards and inboxes")
	void districtOfficerAndApprover() throws IOException {
		assertPagesPass("district officer", "canbo.caugiay", List.of("/dashboard", "/inbox"));
		assertPagesPass("commendation approver", "khenthuong.caugiay", List.of("/inbox", "/dashboard"));
	}

	@Test
	@DisplayName("the VGCL Office: its page and the national dashboard")
	void office() throws IOException {
		assertPagesPass("VGCL Office", "vanphong.tld", List.of("/office", "/dashboard"));
	}

	/**
	 * Walks the pages as this user (signed in first unless a visitor), in each language: axe at a desktop's width,
	 * then the sideways overflow at 360 px. Fails naming every violation and every page that scrolls sideways.
	 */
	private void assertPagesPass(String role, String username, List<String> pages) throws IOException {
		ChromeDriver page = browser.open(DESKTOP, 1000);
		if (username != null) {
			Browser.signIn(page, base(), pages.get(0), username);
		}
		List<String> violations = new ArrayList<>();
		List<String> sideways = new ArrayList<>();
		for (String language : List.of("vi", "en")) {
			resize(page, DESKTOP);
			for (String path : pages) {
				page.get(base() + withLanguage(path, language));
				for (Rule rule : new AxeBuilder().withTags(WCAG_21_AA).analyze(page).getViolations()) {
					violations.add("%s on %s (%s, %s): %s — %s".formatted(rule.getId(), path, role, language,
							rule.getNodes().stream().limit(NODES_SHOWN).map(CheckedNode::getTarget).map(String::valueOf)
								.collect(Collectors.joining(", ")),
							rule.getHelp()));
				}
			}
			resize(page, PHONE);
			for (String path : pages) {
				page.get(base() + withLanguage(path, language));
				Long overflow = (Long) page.executeScript(
						"return document.documentElement.scrollWidth - window.innerWidth;");
				if (overflow > 0) {
					sideways.add("%s (%s, %s): %d px too wide, by %s".formatted(path, role, language, overflow,
							page.executeScript(WIDEST)));
				}
			}
		}
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(violations).as("WCAG 2.1 A and AA violations found by axe-core").isEmpty();
			softly.assertThat(sideways).as("pages that scroll sideways at %d px", PHONE).isEmpty();
		});
	}

	/** The window at this width, once the page inside it has taken the new width. */
	private static void resize(ChromeDriver page, int width) {
		page.manage().window().setSize(new Dimension(width, 1000));
		new WebDriverWait(page, Duration.ofSeconds(10))
			.until(driver -> ((Number) page.executeScript("return window.innerWidth;")).intValue() == width);
	}

	private static String withLanguage(String path, String language) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
