package vn.congdoan.sangkien.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver, headless, as a person's browser. There is no fallback: where
 * they are missing the test fails (.ci/run installs them). On a failed test a screenshot is kept under
 * {@code target/browser-failures/}.
 */
class Browser implements TestWatcher {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private ChromeDriver driver;

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
		return driver;
	}

	void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (driver != null) {
			try {
				screenshot(Path.of("target/browser-failures", context.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".png"));
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

	private void close() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}
}
