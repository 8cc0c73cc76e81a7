package org.hearth.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.hearth.Browser;
import org.hearth.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A social worker uploads a tracker with a problem in a real browser: the job page refreshes itself
 * until the check is done, then lists the problem; axe finds no accessibility problems on either page.
 */
class ImportBrowserIT extends ServerTest {

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aSocialWorkerUploadsATrackerAndSeesItsProblemByRowAndColumn() throws Exception {
		String ref = "B" + UUID.randomUUID().toString().substring(0, 8);
		var file = Files.createTempFile("tracker", ".csv");
		Files.writeString(file, "borough,case_reference,first_names,last_name,date_of_birth,ethnicity\r\n"
				+ "Havering," + ref + ",Example,Child,2022-01-10,WBRI\r\n"
				+ "Havering," + ref + "-2,Example,Child,2022-01-10,XXXX\r\n");
		browser = Browser.start();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("ale.worker");
		browser.findElement(By.id("password")).sendKeys("hearth-demo-2026");
		browser.findElement(By.id("sign-in")).click();

		browser.get(url("/children/import"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import a borough tracker");
		var uploadViolations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "import-upload");
		assertThat(uploadViolations).as(Browser.describe(uploadViolations)).isEmpty();

		browser.findElement(By.id("file")).sendKeys(file.toString());
		browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "The file has problems"));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("1 problem in 1 row");
		assertThat(browser.findElement(By.id("problems")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("3 ethnicity");
		var resultViolations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "import-problems");
		assertThat(resultViolations).as(Browser.describe(resultViolations)).isEmpty();
		Files.delete(file);
	}
}
