package org.hearth.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hearth.matching.Link;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prompts the worker who shortlisted a household when the link has been open (not closed, not placed)
 * for the setting's number of days since the shortlisting (90 by default), and again after each further
 * period. Each prompt is keyed by the link and the period, so it goes out once however many nodes or
 * runs write it; the job itself runs on one node at a time.
 */
@Component
class LinkPrompts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final LinkRepository links;

	private final Outbox outbox;

	private final Clock clock;

	private final int days;

	LinkPrompts(LinkRepository links, Outbox outbox, Clock clock,
			@Value("${hearth.matching.link-open-days:90}") int days) {
		this.links = links;
		this.outbox = outbox;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${hearth.matching.link-prompts-cron:0 10 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "matching-link-prompts", lockAtMostFor = "PT30M")
	public void daily() {
		prompt(LocalDate.now(clock));
	}

	/** Queues the prompts due today; returns how many were new. */
	@Transactional
	public int prompt(LocalDate today) {
		int queued = 0;
		for (Link link : links.allNotClosed()) {
			if (!link.isOpenTooLong(today, days)) {
				continue;
			}
			long open = link.daysOpen(today);
			long period = open / days;
			boolean isNew = outbox.queue(OutgoingMessage.inApp(link.shortlistedBy(),
					"A link has been open for " + open + " days",
					"The link shortlisted on " + DAY.format(link.shortlistedOn()) + " is at "
							+ link.currentStep().inSentence() + " (" + DAY.format(link.lastStep().date())
							+ "). Move it on, or close it with a reason that can be shared with the household.",
					"/links/" + link.id(), "link", link.id().toString(), "link-open:" + link.id() + ":" + period));
			if (isNew) {
				queued++;
			}
		}
		return queued;
	}
}
