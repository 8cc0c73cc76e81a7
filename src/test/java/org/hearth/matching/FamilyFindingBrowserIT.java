package org.hearth.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.Browser;
import org.hearth.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family finding in a real browser: the family finder searches for a demo child, reads why each
 * household ranks where it does, shortlists the best approved household, records a visit, the link,
 * the child appreciation day and the proposed match; the child's journey follows. axe finds no
 * accessibility problems on the way.
 */
class FamilyFindingBrowserIT extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    final LocalDate today = LocalDate.now();

    /** The demo child the test links, and the last position of their journey before it. */
    String child;

    int journeyBefore;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        // the demo data is shared with the other tests, which count the demo children by stage: take the
        // link and the journey entries it recorded away again
        if (child != null) {
            UUID id = UUID.fromString(child);
            jdbc.sql("DELETE FROM journey_entry WHERE child_id = ? AND position > ?").params(id, journeyBefore).update();
            List<UUID> links = jdbc.sql("SELECT link_id FROM matching_link_child WHERE child_id = ?").param(id)
                .query(UUID.class).list();
            for (UUID link : links) {
                for (String table : List.of("matching_link_step", "matching_link_child")) {
                    jdbc.sql("DELETE FROM " + table + " WHERE link_id = ?").param(link).update();
                }
                jdbc.sql("DELETE FROM matching_link WHERE id = ?").param(link).update();
            }
        }
    }

    /** Records the next step of the link today. */
    private void step(String step, String outcome) {
        List<WebElement> radios = browser.findElements(By.cssSelector("input[name='step'][value='" + step + "']"));
        assertThat(radios).as("the step " + step + " is offered next").hasSize(1);
        if (!radios.get(0).isSelected()) {
            browser.findElement(By.cssSelector("label[for='" + radios.get(0).getAttribute("id") + "']")).click();
        }
        if (outcome != null) {
            new Select(browser.findElement(By.id("outcome"))).selectByValue(outcome);
        }
        browser.findElement(By.id("day")).sendKeys("" + today.getDayOfMonth());
        browser.findElement(By.id("month")).sendKeys("" + today.getMonthValue());
        browser.findElement(By.id("year")).sendKeys("" + today.getYear());
        Browser.clickAndWait(browser, browser.findElement(By.id("record")));
        Browser.assertNoErrorSummary(browser);
    }

    @Test
    void aFamilyFinderSearchesForADemoChildShortlistsLinksAndProposesAMatch() throws Exception {
        browser = Browser.start();
        Browser.signIn(browser, url(""), "ale.worker");

        browser.get(url("/matching"));
        Browser.assertAccessible(browser, "matching-home");
        // a demo child of Tower Hamlets not linked yet: the row's search button
        List<String> linked = jdbc.sql("SELECT DISTINCT CAST(child_id AS VARCHAR(36)) FROM journey_entry WHERE event_type = 'LINKED'")
            .query(String.class).list();
        WebElement row = browser.findElements(By.cssSelector("#waiting tbody tr")).stream()
            .filter(r -> r.getText().contains("Tower Hamlets"))
            .filter(r -> !linked.contains(r.findElement(By.cssSelector("input[name='childId']")).getAttribute("value")))
            .findFirst()
            .orElseThrow();
        child = row.findElement(By.cssSelector("input[name='childId']")).getAttribute("value");
        journeyBefore = jdbc.sql("SELECT COALESCE(MAX(position), -1) FROM journey_entry WHERE child_id = ?")
            .param(UUID.fromString(child)).query(Integer.class).single();
        Browser.clickAndWait(browser, row.findElement(By.cssSelector("button[id^='search-']")));

        assertThat(browser.getCurrentUrl()).contains("/matching/searches/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("scope")).getText()).contains("In-house approved households");
        List<WebElement> ranked = browser.findElements(By.cssSelector("#ranked > li"));
        assertThat(ranked).as("the in-house households ranked for the child").isNotEmpty();
        assertThat(ranked.get(0).getText()).contains("How the score is made up", "Needs capacity", "points");
        Browser.assertAccessible(browser, "matching-search");

        WebElement shortlist = browser.findElements(By.cssSelector("button[id^='shortlist-']")).get(0);
        Browser.clickAndWait(browser, shortlist);
        Browser.assertNoErrorSummary(browser);
        assertThat(browser.getCurrentUrl()).contains("/links/");
        Browser.assertAccessible(browser, "matching-link-shortlisted");

        step("VISIT", null);
        step("LINKED", "FAMILY_FINDER");
        step("CHILD_APPRECIATION_DAY", null);
        step("PROPOSED_MATCH", null);
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains("Shortlisted", "Visit", "Linked", "Child appreciation day", "Proposed match");
        assertThat(browser.findElements(By.cssSelector("input[name='step'][value='MATCHING_PANEL']"))).hasSize(1);
        Browser.assertAccessible(browser, "matching-link-proposed");

        List<String> journey = jdbc.sql("SELECT event_type FROM journey_entry WHERE child_id = ? ORDER BY recorded_at")
            .param(UUID.fromString(child)).query(String.class).list();
        assertThat(journey).as("the link is on the child's journey").contains("LINKED");
    }
}
