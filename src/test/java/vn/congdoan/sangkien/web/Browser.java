package vn.congdoan.sangkien.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.congdoan.sangkien.KeycloakTokens;

/**
 * Debian's chromium and chromium-driver, headless, as a person's browser. There is no fallback: where
 * they are missing the test fails (.ci/run installs them). On a failed test a screenshot is kept under
 * {@code target/browser-failures/}.
 */
class Browser implements TestWatcher {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final List<ChromeDriver> drivers = new ArrayList<>();

	private ChromeDriver driver;

	/** A new browser, with its own cookies: one per person in a test. */
	ChromeDriver open(int width, int height) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=vi",
				"--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
		driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// The author's form may wait for its autosave before it is sent: elements are looked for a while.
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		drivers.add(driver);
		return driver;
	}

	void screenshot(Path file) throws IOException {
		screenshot(driver, file);
	}

	static void screenshot(ChromeDriver of, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.copy(of.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * The elements, once there are as many as expected or ten seconds have passed: a long page may
	 * still be arriving when the first rows are found. The assertion that follows says what was there.
	 */
	static List<org.openqa.selenium.WebElement> whenCounted(ChromeDriver page, By elements, int expected) {
		try {
			new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> driver.findElements(elements).size() == expected
					&& "complete".equals(page.executeScript("return document.readyState")));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			// counted below
		}
		return page.findElements(elements);
	}

	/** Clicks as a person would, after scrolling the element to the middle of the screen. */
	static void press(ChromeDriver page, By control) {
		org.openqa.selenium.WebElement element = page.findElement(control);
		page.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/**
	 * Presses a control that sends the page's form, and returns once the next page has loaded: the old document is
	 * marked, and the wait is for a complete document without the mark. Asked while the browser is between the two
	 * documents, Chromium may answer with an error of its own (a node that belongs to no document): that is waited
	 * out too, where a wait for the old element to go stale would fail on it.
	 */
	static void pressAndAwaitNextPage(ChromeDriver page, By control) {
		page.executeScript("document.documentElement.dataset.leaving = 'yes'");
		press(page, control);
		new WebDriverWait(page, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(driver -> Boolean.TRUE.equals(page.executeScript(
					"return document.readyState === 'complete' && document.documentElement.dataset.leaving !== 'yes'")));
	}

	/** Signs in on Keycloak's page, from the page that asked for it. */
	static void signIn(ChromeDriver page, String baseUrl, String path, String username) {
		page.get(baseUrl + path);
		page.findElement(By.id("username")).sendKeys(username);
		page.findElement(By.id("password")).sendKeys(KeycloakTokens.DEMO_PASSWORD);
		page.findElement(By.id("kc-login")).click();
		new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(baseUrl + path));
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "-");
		for (int i = 0; i < drivers.size(); i++) {
			try {
				screenshot(drivers.get(i), Path.of("target/browser-failures", name + "-" + (i + 1) + ".png"));
			}
			catch (IOException | RuntimeException e) {
				cause.addSuppressed(e);
			}
		}
		close();
	}

	@Override
	public void testSuccessful(ExtensionContext context) {
		close();
	}

	@Override
	public void testAborted(ExtensionContext context, Throwable cause) {
		close();
	}

	private void close() {
		drivers.forEach(ChromeDriver::quit);
		drivers.clear();
		driver = null;
	}
}
