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
 * household is being assessed, and again every 14 days after that; and once for each check not back
 * after the chase period. Each prompt is keyed by the
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
			for (var check : h.checksToChase(today, rules)) {
				String about = check.personId() == null ? check.referee() : h.personName(check.personId());
				if (outbox.queue(OutgoingMessage.inApp(h.namedWorker(), "Chase a check for household " + h.reference(),
						"The " + check.kind().label().substring(0, 1).toLowerCase(java.util.Locale.UK)
								+ check.kind().label().substring(1) + " for " + about + ", requested on "
								+ Household.DAY_FORMAT.format(check.requestedOn()) + ", has not come back.",
						"/households/" + h.id() + "#checks", "household", h.id().toString(), "check-chase:" + check.id()))) {
					queued++;
				}
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
