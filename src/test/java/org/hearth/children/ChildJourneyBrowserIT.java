package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hearth.Browser;
import org.hearth.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A family-finding social worker adds a child and records the journey from the should be placed for
 * adoption decision to the placement, in a real browser, seeing the tracker stage change.
 */
class ChildJourneyBrowserIT extends ServerTest {

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aJourneyFromTheDecisionToThePlacementMovesTheStage() throws Exception {
		browser = Browser.start();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("ale.worker");
		browser.findElement(By.id("password")).sendKeys("hearth-demo-2026");
		Browser.clickAndWait(browser, browser.findElement(By.id("sign-in")));

		browser.get(url("/children"));
		assertThat(Browser.accessibilityViolations(browser)).as("tracker").isEmpty();
		browser.get(url("/children/new"));
		new Select(browser.findElement(By.id("boroughCode"))).selectByVisibleText("Havering");
		String reference = "B-" + UUID.randomUUID().toString().substring(0, 6);
		browser.findElement(By.id("caseReference")).sendKeys(reference);
		browser.findElement(By.id("firstNames")).sendKeys("Robin");
		browser.findElement(By.id("lastName")).sendKeys("Browser");
		browser.findElement(By.id("day")).sendKeys("14");
		browser.findElement(By.id("month")).sendKeys("7");
		browser.findElement(By.id("year")).sendKeys("2023");
		Browser.clickAndWait(browser, browser.findElement(By.id("save-child")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Robin Browser");
		assertThat(stage()).isEqualTo("Early monitor");

		record("Entered care", "10", "1", "2025");
		record("Should be placed for adoption decision", "3", "3", "2025");
		assertThat(stage()).isEqualTo("ADM");
		record("Placement order", "9", "5", "2025");
		assertThat(stage()).isEqualTo("Family finding");
		record("Linked", "20", "6", "2025");
		assertThat(stage()).isEqualTo("Progress to match");
		record("Matching panel", "15", "7", "2025");
		record("Match decision", "22", "7", "2025");
		assertThat(stage()).isEqualTo("Matched/placed");
		record("Placed for adoption (moved in)", "1", "8", "2025");
		assertThat(stage()).isEqualTo("Matched/placed");
		assertThat(browser.findElement(By.id("journey")).isDisplayed()).isTrue();
		assertThat(browser.getPageSource()).contains("1 August 2025").contains("Placed for adoption (moved in)");

		var violations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "child-placed");
		assertThat(violations).as(Browser.describe(violations)).isEmpty();

		// a wrong order is refused, naming both dates, and nothing typed is lost
		record("Placement order", "1", "2", "2025");
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("1 February 2025")
			.contains("3 March 2025");
		assertThat(browser.findElement(By.id("day")).getAttribute("value")).isEqualTo("1");
		Browser.screenshot(browser, "child-wrong-order");
		assertThat(stage()).isEqualTo("Matched/placed");
	}

	private void record(String what, String day, String month, String year) {
		new Select(browser.findElement(By.id("type"))).selectByVisibleText(what);
		browser.findElement(By.id("day")).clear();
		browser.findElement(By.id("day")).sendKeys(day);
		browser.findElement(By.id("month")).clear();
		browser.findElement(By.id("month")).sendKeys(month);
		browser.findElement(By.id("year")).clear();
		browser.findElement(By.id("year")).sendKeys(year);
		Browser.clickAndWait(browser, browser.findElement(By.id("record")));
	}

	private String stage() {
		return browser.findElement(By.id("stage")).getText();
	}
}
