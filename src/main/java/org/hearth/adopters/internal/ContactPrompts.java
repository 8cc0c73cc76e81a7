package org.hearth.adopters.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hearth.adopters.Household;
import org.hearth.adopters.JourneyRules;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Outbox;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prompts a household's named worker when there has been no recorded contact for 14 days while the
 * household is being assessed, and again every 14 days after that. Each prompt is keyed by the
 * household and the day it fell due, so it goes out once however many nodes or runs write it; the job
 * itself runs on one node at a time.
 */
@Component
class ContactPrompts {

	private final HouseholdRepository households;

	private final HouseholdLog log;

	private final Outbox outbox;

	private final JourneyRules rules;

	private final Clock clock;

	ContactPrompts(HouseholdRepository households, HouseholdLog log, Outbox outbox, JourneyRules rules, Clock clock) {
		this.households = households;
		this.log = log;
		this.outbox = outbox;
		this.rules = rules;
		this.clock = clock;
	}

	@Scheduled(cron = "${hearth.adopters.prompts-cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "adopters-contact-prompts", lockAtMostFor = "PT30M")
	public void daily() {
		prompt(LocalDate.now(clock));
	}

	/** Queues the prompts due today; returns how many were new. */
	@Transactional
	public int prompt(LocalDate today) {
		int queued = 0;
		int every = rules.contactPromptDays();
		for (Household h : households.beingAssessed()) {
			if (h.namedWorker() == null || !h.stage().inProcess()) {
				continue;
			}
			LocalDate last = log.lastContact(h.id()).filter(d -> !d.isBefore(h.journey().enquiryOn))
				.orElse(h.journey().enquiryOn);
			long days = ChronoUnit.DAYS.between(last, today);
			if (days < every) {
				continue;
			}
			LocalDate due = last.plusDays(every * (days / every));
			boolean isNew = outbox.queue(OutgoingMessage.inApp(h.namedWorker(),
					"No contact with household " + h.reference() + " for " + days + " days",
					"Nothing has been recorded with " + h.contactName() + " since " + Household.DAY_FORMAT.format(last)
							+ ". Get in touch and record the contact.",
					"/households/" + h.id(), "household", h.id().toString(), "contact-prompt:" + h.id() + ":" + due));
			if (isNew) {
				queued++;
			}
		}
		return queued;
	}
}
