package org.hearth.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.hearth.children.ChildId;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.Link;
import org.hearth.matching.LinkCloseReason;
import org.hearth.matching.LinkId;
import org.hearth.notifications.Channel;
import org.hearth.notifications.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prompt to the worker when a link has been open too long, at fixed dates through the clock: once
 * per period, however many times the job runs.
 */
class LinkPromptsIT extends IntegrationTest {

	static final LocalDate SHORTLISTED = LocalDate.of(2025, 6, 2);

	@Autowired
	LinkRepository links;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private static Clock at(LocalDate day) {
		return Clock.fixed(day.atTime(7, 10).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
	}

	private Link shortlistedOn(LocalDate day, String worker) {
		UUID child = jdbc.sql("SELECT id FROM child WHERE borough_code = 'E09000016' ORDER BY case_reference LIMIT 1")
			.query(UUID.class).single();
		UUID household = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' ORDER BY reference LIMIT 1")
			.query(UUID.class).single();
		var link = Link.shortlist(LinkId.newId(), List.of(new ChildId(child)), new HouseholdId(household),
				"adopt-london-east", "adopt-london-east", "E09000016", null, day, worker, at(day));
		links.save(link, at(day).instant());
		return links.byId(link.id()).orElseThrow();
	}

	private LinkPrompts promptsOn(LocalDate day) {
		return new LinkPrompts(links, outbox, at(day), 90);
	}

	private long promptsAbout(Link link, String worker) {
		return outbox.about("link", link.id().toString()).stream()
			.filter(n -> n.channel() == Channel.IN_APP && n.recipient().equals(worker))
			.count();
	}

	@Test
	void aLinkOpenNinetyDaysPromptsItsWorkerOncePerPeriodHoweverOftenTheJobRuns() {
		Link link = shortlistedOn(SHORTLISTED, "ale.worker");
		promptsOn(SHORTLISTED.plusDays(89)).prompt(SHORTLISTED.plusDays(89));
		assertThat(promptsAbout(link, "ale.worker")).isZero();

		promptsOn(SHORTLISTED.plusDays(90)).prompt(SHORTLISTED.plusDays(90));
		promptsOn(SHORTLISTED.plusDays(90)).prompt(SHORTLISTED.plusDays(90));
		promptsOn(SHORTLISTED.plusDays(95)).prompt(SHORTLISTED.plusDays(95));
		assertThat(promptsAbout(link, "ale.worker")).isEqualTo(1);
		assertThat(outbox.about("link", link.id().toString()).get(0).link()).isEqualTo("/links/" + link.id());

		promptsOn(SHORTLISTED.plusDays(180)).prompt(SHORTLISTED.plusDays(180));
		assertThat(promptsAbout(link, "ale.worker")).isEqualTo(2);
	}

	@Test
	void aClosedLinkPromptsNoOne() {
		Link link = shortlistedOn(SHORTLISTED, "ale.manager");
		link.close(SHORTLISTED.plusDays(30), LinkCloseReason.HOUSEHOLD_WITHDREW, "You stepped back.", null,
				"ale.manager", at(SHORTLISTED.plusDays(30)));
		links.save(link, at(SHORTLISTED.plusDays(30)).instant());
		promptsOn(SHORTLISTED.plusDays(200)).prompt(SHORTLISTED.plusDays(200));
		assertThat(promptsAbout(link, "ale.manager")).isZero();
	}
}
