package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.hearth.Browser;
import org.hearth.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A household from the public enquiry form to approval, in a real browser: the social worker takes it
 * through stage 1 and stage 2, the panel adviser records the panel, the agency decision maker
 * approves. Every stage's date is recorded, and axe finds no accessibility problems on the way.
 */
class AdopterJourneyBrowserIT extends ServerTest {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	JdbcClient jdbc;

	WebDriver browser;

	final LocalDate today = LocalDate.now();

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void accessible(String screenshot) throws Exception {
		var violations = Browser.accessibilityViolations(browser);
		Browser.screenshot(browser, screenshot);
		assertThat(violations).as(Browser.describe(violations)).isEmpty();
	}

	private void signInAs(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("hearth-demo-2026");
		Browser.clickAndWait(browser, browser.findElement(By.id("sign-in")));
	}

	private void today(String prefix) {
		browser.findElement(By.id(prefix + "-day")).sendKeys("" + today.getDayOfMonth());
		browser.findElement(By.id(prefix + "-month")).sendKeys("" + today.getMonthValue());
		browser.findElement(By.id(prefix + "-year")).sendKeys("" + today.getYear());
	}

	private void saved() {
		var errors = browser.findElements(By.className("govuk-error-summary"));
		if (!errors.isEmpty()) {
			org.junit.jupiter.api.Assertions.fail("Error on " + browser.getCurrentUrl() + ": " + errors.get(0).getText());
		}
	}

	private void click(String id) {
		Browser.clickAndWait(browser, browser.findElement(By.id(id)));
		saved();
	}

	@Test
	void aHouseholdGoesFromThePublicEnquiryFormToApproval() throws Exception {
		browser = Browser.start();
		String email = "sam.journey." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

		// the public front door, with no account
		browser.get(url("/enquire"));
		accessible("adopters-enquire");
		Browser.clickAndWait(browser, browser.findElement(By.id("send-enquiry")));
		assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter your full name");
		accessible("adopters-enquire-errors");
		browser.findElement(By.id("name")).sendKeys("Sam Journeyman");
		browser.findElement(By.id("email")).sendKeys(email);
		new Select(browser.findElement(By.id("boroughCode"))).selectByVisibleText("Havering");
		browser.findElement(By.cssSelector("label[for='source-INFORMATION_EVENT']")).click();
		Browser.clickAndWait(browser, browser.findElement(By.id("send-enquiry")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Enquiry sent");
		accessible("adopters-enquiry-sent");
		String id = jdbc.sql("SELECT id FROM household WHERE email = ?").param(email).query(String.class).single();

		// the social worker: applicant, registration of interest, stage 1 checks and decision
		signInAs("ale.worker");
		browser.get(url("/households"));
		accessible("adopters-households");
		browser.get(url("/households/" + id));
		accessible("adopters-household-enquiry");
		click("change-details");
		browser.findElement(By.id("address")).sendKeys("1 Example Road, Romford");
		new Select(browser.findElement(By.id("relationship"))).selectByValue("SINGLE");
		accessible("adopters-details");
		click("save-details");
		new Select(browser.findElement(By.id("worker"))).selectByVisibleText("Jordan Fairley");
		click("assign-worker");
		click("add-applicant");
		browser.findElement(By.id("name")).sendKeys("Sam Journeyman");
		browser.findElement(By.id("day-day")).sendKeys("14");
		browser.findElement(By.id("day-month")).sendKeys("6");
		browser.findElement(By.id("day-year")).sendKeys("1986");
		browser.findElement(By.cssSelector("label[for='sex-FEMALE']")).click();
		new Select(browser.findElement(By.id("ethnicity"))).selectByValue("WBRI");
		accessible("adopters-applicant");
		click("save-applicant");
		today("roi");
		click("accept-roi");
		for (String kind : new String[] { "ENHANCED_DBS", "LOCAL_AUTHORITY", "GP_MEDICAL", "MEDICAL_ADVISER_REVIEW",
				"EMPLOYER_REFERENCE", "PERSONAL_REFERENCE", "PERSONAL_REFERENCE", "PERSONAL_REFERENCE" }) {
			new Select(browser.findElement(By.id("check-kind"))).selectByValue(kind);
			if (kind.equals("PERSONAL_REFERENCE")) {
				browser.findElement(By.id("check-referee")).sendKeys("A friend");
			}
			else {
				new Select(browser.findElement(By.id("check-person"))).selectByVisibleText("Sam Journeyman");
			}
			today("check");
			click("request-check");
		}
		for (int i = 0; i < 8; i++) {
			browser.findElement(By.cssSelector("label[for='returned-ok']")).click();
			today("returned");
			if (i == 0) {
				browser.findElement(By.id("expires-day")).sendKeys("1");
				browser.findElement(By.id("expires-month")).sendKeys("1");
				browser.findElement(By.id("expires-year")).sendKeys("" + (today.getYear() + 3));
			}
			click("record-returned");
		}
		today("training");
		click("record-training");
		today("s1d");
		browser.findElement(By.cssSelector("label[for='s1-suitable']")).click();
		click("record-stage-1-decision");
		accessible("adopters-household-between-stages");
		today("notice");
		click("record-notice");

		// stage 2: a session, the report drafted, shared, commented on and quality-assured
		today("session");
		browser.findElement(By.id("session-detail")).sendKeys("Motivation and support network");
		click("record-session");
		for (String event : new String[] { "par-drafted", "par-shared", "par-comments", "par-qa" }) {
			browser.findElement(By.cssSelector("label[for='" + event + "']")).click();
			today("par");
			click("record-par");
		}
		click("ready-for-panel");
		accessible("adopters-household-ready-for-panel");

		// the panel adviser records the panel; the agency decision maker approves
		signInAs("ale.adviser");
		browser.get(url("/households/" + id));
		today("panel");
		browser.findElement(By.cssSelector("label[for='panel-suitable']")).click();
		click("record-panel");
		signInAs("ale.adm");
		browser.get(url("/households/" + id));
		today("decision");
		browser.findElement(By.cssSelector("label[for='decision-approve']")).click();
		click("record-decision");
		assertThat(browser.findElement(By.cssSelector("main .govuk-tag")).getText()).isEqualTo("Approved, awaiting a match");
		accessible("adopters-household-approved");

		// every stage's date is recorded
		var dates = jdbc.sql("""
				SELECT enquiry_on, roi_accepted_on, stage1_decision_on, stage2_started_on, training_attended_on,
				  par_drafted_on, par_shared_on, par_comments_on, par_quality_assured_on, ready_for_panel_on, panel_on,
				  decision_on, approved_on FROM household WHERE id = ?""")
			.param(UUID.fromString(id))
			.query((rs, n) -> {
				var all = new java.util.ArrayList<LocalDate>();
				for (int c = 1; c <= 13; c++) {
					all.add(rs.getObject(c, LocalDate.class));
				}
				return all;
			})
			.single();
		assertThat(dates).containsOnly(today);
		var tasks = browser.findElement(By.className("govuk-task-list")).getText();
		assertThat(tasks).contains("Registration of interest accepted", "Stage 1 decision", "Ready for panel",
				"Panel recommendation", "Agency decision", DAY.format(today));

		// the manager's views: what is overdue, information events, the workload
		signInAs("ale.manager");
		for (String page : new String[] { "overdue", "events", "workload" }) {
			browser.get(url("/households/" + page));
			assertThat(browser.findElements(By.tagName("h1"))).isNotEmpty();
			accessible("adopters-" + page);
		}
	}
}
