package org.hearth.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.Browser;
import org.hearth.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A person signs in with a demo account in a real browser; axe finds no accessibility problems. */
class SignInBrowserIT extends ServerTest {

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aSocialWorkerSignsInAndSeesTheirHomePage() throws Exception {
		browser = Browser.start();
		browser.get(url("/login"));
		assertThat(browser.getTitle()).isEqualTo("Sign in – Hearth");
		var loginViolations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "sign-in");
		assertThat(loginViolations).as(Browser.describe(loginViolations)).isEmpty();

		browser.findElement(By.id("username")).sendKeys("ale.worker");
		browser.findElement(By.id("password")).sendKeys("hearth-demo-2026");
		Browser.clickAndWait(browser, browser.findElement(By.id("sign-in")));

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Jordan Fairley");
		assertThat(browser.findElement(By.className("hearth-header__organisation")).getText()).isEqualTo("Adopt London East");
		var homeViolations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "home-social-worker");
		assertThat(homeViolations).as(Browser.describe(homeViolations)).isEmpty();
	}

	@Test
	void aWrongPasswordShowsTheErrorSummaryAndTheManagersHomePageIsAccessible() throws Exception {
		browser = Browser.start();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("ale.manager");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		Browser.clickAndWait(browser, browser.findElement(By.id("sign-in")));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("There is a problem");
		var errorViolations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "sign-in-error");
		assertThat(errorViolations).as(Browser.describe(errorViolations)).isEmpty();

		browser.findElement(By.id("username")).sendKeys("ale.manager");
		browser.findElement(By.id("password")).sendKeys("hearth-demo-2026");
		Browser.clickAndWait(browser, browser.findElement(By.id("sign-in")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Priya Halloway");
		var homeViolations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, "home-team-manager");
		assertThat(homeViolations).as(Browser.describe(homeViolations)).isEmpty();
	}
}
