package org.hearth.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hearth.Browser;
import org.hearth.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle timeout warns before it signs a person out, and what they had typed comes back after they
 * sign in again. The session lasts 20 seconds here so that the test is short.
 */
@TestPropertySource(properties = { "server.servlet.session.timeout=20s", "spring.session.timeout=20s",
		"hearth.session.warning-seconds=10" })
class IdleTimeoutBrowserIT extends ServerTest {

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theWarningComesFirstAndAHalfFilledFormIsNotLost() throws Exception {
		browser = Browser.start();
		signIn();
		browser.get(url("/children/new"));
		browser.findElement(By.id("firstNames")).sendKeys("Half-typed");

		var wait = new WebDriverWait(browser, Duration.ofSeconds(40));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-warning")));
		assertThat(browser.findElement(By.id("session-warning")).getText()).contains("You will be signed out soon");
		Browser.screenshot(browser, "idle-warning");

		wait.until(ExpectedConditions.urlContains("/login"));
		signIn();
		wait.until(ExpectedConditions.urlContains("/children/new"));
		assertThat(browser.findElement(By.id("firstNames")).getAttribute("value")).isEqualTo("Half-typed");
		assertThat(browser.findElement(By.id("session-restored")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "idle-restored");
	}

	private void signIn() {
		if (!browser.getCurrentUrl().contains("/login")) {
			browser.get(url("/login"));
		}
		browser.findElement(By.id("username")).sendKeys("ale.worker");
		browser.findElement(By.id("password")).sendKeys("hearth-demo-2026");
		Browser.clickAndWait(browser, browser.findElement(By.id("sign-in")));
	}
}
