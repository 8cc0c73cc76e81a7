package org.hearth;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, for browser tests. Where Chromium is not installed
 * the test is skipped on a developer's machine, and fails in CI (where {@code CI=true}, or with
 * {@code -Dhearth.browser.required=true}): CI installs it, so a missing browser there is a broken build,
 * not a pass. Nothing is downloaded.
 */
public final class Browser {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private Browser() {
	}

	public static WebDriver start() throws Exception {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		String missing = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
		if (!installed && required()) {
			throw new IllegalStateException(missing + ", and browser tests may not be skipped here");
		}
		Assumptions.assumeTrue(installed, missing);
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024", "--user-data-dir=" + Files.createTempDirectory("hearth-chromium"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
		return new ChromeDriver(service, options);
	}

	/** Whether a missing browser fails the test rather than skipping it: in CI, or when asked to. */
	static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("hearth.browser.required");
	}

	/** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
	public static void clickAndWait(WebDriver driver, org.openqa.selenium.WebElement element) {
		var page = driver.findElement(org.openqa.selenium.By.tagName("html"));
		element.click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	/** Signs in on the sign-in page with the demo password, and waits for the page after it. */
	public static void signIn(WebDriver driver, String baseUrl, String username) {
		driver.manage().deleteAllCookies();
		driver.get(baseUrl + "/login");
		driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("hearth-demo-2026");
		clickAndWait(driver, driver.findElement(org.openqa.selenium.By.id("sign-in")));
	}

	/** Keeps a screenshot of the page and fails, naming each rule, if axe finds a violation on it. */
	public static void assertAccessible(WebDriver driver, String screenshot) throws Exception {
		var violations = accessibilityViolations(driver);
		screenshot(driver, screenshot);
		org.assertj.core.api.Assertions.assertThat(violations).as(describe(violations)).isEmpty();
	}

	/** Fails with the summary's text if the page shows the GOV.UK error summary. */
	public static void assertNoErrorSummary(WebDriver driver) {
		var errors = driver.findElements(org.openqa.selenium.By.className("govuk-error-summary"));
		if (!errors.isEmpty()) {
			org.junit.jupiter.api.Assertions.fail("Error on " + driver.getCurrentUrl() + ": " + errors.get(0).getText());
		}
	}

	/** The accessibility violations axe finds on the current page (WCAG 2.0, 2.1 and 2.2, A and AA). */
	public static List<Rule> accessibilityViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(driver);
		return results.getViolations();
	}

	/** Keeps a screenshot under target/screenshots, to look at after the run. */
	public static void screenshot(WebDriver driver, String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

	public static String describe(List<Rule> violations) {
		var text = new StringBuilder();
		for (Rule rule : violations) {
			text.append(rule.getId()).append(": ").append(rule.getHelp()).append(" at ");
			rule.getNodes().forEach(node -> text.append(node.getTarget()).append(' '));
			text.append('\n');
		}
		return text.toString();
	}
}
