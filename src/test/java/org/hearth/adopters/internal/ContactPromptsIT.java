package org.hearth.adopters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.hearth.IntegrationTest;
import org.hearth.adopters.Applicant;
import org.hearth.adopters.Household;
import org.hearth.adopters.JourneyRules;
import org.hearth.adopters.LogEntry;
import org.hearth.notifications.Channel;
import org.hearth.notifications.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 14-day prompt to the named worker, at fixed dates through the clock: once per 14 days without
 * a recorded contact, and once only when two nodes run the job at the same time.
 */
class ContactPromptsIT extends IntegrationTest {

	static final LocalDate LAST_CONTACT = LocalDate.of(2026, 3, 2);

	@Autowired
	HouseholdRepository households;

	@Autowired
	HouseholdLog log;

	@Autowired
	Outbox outbox;

	@Autowired
	JourneyRules rules;

	@Autowired
	DataSource dataSource;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private UUID householdInStage1WithLastContact(LocalDate lastContact) {
		var h = Household.enquiry("T" + UUID.randomUUID().toString().substring(0, 8), "adopt-london-east", "E09000016",
				"Jesse Quietly", null, null, null, lastContact.minusMonths(1));
		h.addApplicant(new Applicant(UUID.randomUUID(), "Jesse Quietly", LocalDate.of(1985, 5, 5), Applicant.Sex.FEMALE,
				null, null, null, null, null, null));
		h.acceptRegistrationOfInterest(lastContact.minusWeeks(2));
		h.assignWorker("ale.worker");
		households.save(h, java.time.Instant.now());
		log.add(h.id(), LogEntry.Kind.CONTACT, lastContact, "Visit", "ale.worker", java.time.Instant.now());
		return h.id();
	}

	private ContactPrompts promptsOn(LocalDate day) {
		var clock = Clock.fixed(day.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
		return new ContactPrompts(households, log, outbox, rules, clock);
	}

	private long promptsFor(UUID household) {
		return outbox.about("household", household.toString()).stream()
			.filter(n -> n.channel() == Channel.IN_APP && n.recipient().equals("ale.worker"))
			.count();
	}

	@Test
	void thePromptFiresOncePerFourteenDaysWithoutContact() {
		UUID id = householdInStage1WithLastContact(LAST_CONTACT);
		promptsOn(LAST_CONTACT.plusDays(13)).daily();
		assertThat(promptsFor(id)).isZero();
		promptsOn(LAST_CONTACT.plusDays(14)).daily();
		assertThat(promptsFor(id)).isEqualTo(1);
		promptsOn(LAST_CONTACT.plusDays(14)).daily();
		promptsOn(LAST_CONTACT.plusDays(20)).daily();
		promptsOn(LAST_CONTACT.plusDays(27)).daily();
		assertThat(promptsFor(id)).isEqualTo(1);
		promptsOn(LAST_CONTACT.plusDays(28)).daily();
		assertThat(promptsFor(id)).isEqualTo(2);
		assertThat(outbox.inAppFor("ale.worker")).anySatisfy(n -> assertThat(n.subject()).contains("for 28 days"));
	}

	@Test
	void aContactStartsTheFourteenDaysAgain() {
		UUID id = householdInStage1WithLastContact(LAST_CONTACT);
		log.add(id, LogEntry.Kind.CONTACT, LAST_CONTACT.plusDays(10), "Phone call", "ale.worker", java.time.Instant.now());
		promptsOn(LAST_CONTACT.plusDays(14)).daily();
		assertThat(promptsFor(id)).isZero();
		promptsOn(LAST_CONTACT.plusDays(24)).daily();
		assertThat(promptsFor(id)).isEqualTo(1);
	}

	@Test
	void twoNodesRunningTheJobTogetherSendOnePrompt() throws Exception {
		UUID id = householdInStage1WithLastContact(LAST_CONTACT);
		var nodeA = new DefaultLockingTaskExecutor(lockProvider("node-a"));
		var nodeB = new DefaultLockingTaskExecutor(lockProvider("node-b"));
		var jobOnA = promptsOn(LAST_CONTACT.plusDays(15));
		var jobOnB = promptsOn(LAST_CONTACT.plusDays(15));

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var a = pool.submit(() -> {
				start.await();
				nodeA.executeWithLock((Runnable) jobOnA::daily, lock());
				return null;
			});
			var b = pool.submit(() -> {
				start.await();
				nodeB.executeWithLock((Runnable) jobOnB::daily, lock());
				return null;
			});
			start.countDown();
			a.get(60, TimeUnit.SECONDS);
			b.get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		// and one after the other, each node taking the lock in turn
		nodeA.executeWithLock((Runnable) jobOnA::daily, lock());
		nodeB.executeWithLock((Runnable) jobOnB::daily, lock());

		assertThat(promptsFor(id)).isEqualTo(1);
	}

	private LockConfiguration lock() {
		return new LockConfiguration(java.time.Instant.now(), "adopters-contact-prompts", Duration.ofMinutes(5), Duration.ZERO);
	}

	private JdbcTemplateLockProvider lockProvider(String node) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.withLockedByValue(node)
			.build());
	}

	@Test
	void aCheckNotBackAfterFourWeeksPromptsTheWorkerToChaseItOnce() {
		UUID id = householdInStage1WithLastContact(LAST_CONTACT);
		var h = households.byId(id).orElseThrow();
		h.requestCheck(h.applicants().get(0).id(), org.hearth.adopters.CheckKind.ENHANCED_DBS, null, false, LAST_CONTACT);
		households.save(h, java.time.Instant.now());
		log.add(id, LogEntry.Kind.CONTACT, LAST_CONTACT.plusDays(28), "Visit", "ale.worker", java.time.Instant.now());
		promptsOn(LAST_CONTACT.plusDays(28)).daily();
		assertThat(chasesFor(id)).isZero();
		promptsOn(LAST_CONTACT.plusDays(29)).daily();
		promptsOn(LAST_CONTACT.plusDays(35)).daily();
		assertThat(chasesFor(id)).isEqualTo(1);
		assertThat(outbox.about("household", id.toString())).anySatisfy(n -> assertThat(n.body())
			.isEqualTo("The enhanced DBS check for Jesse Quietly, requested on 2 March 2026, has not come back."));
	}

	private long chasesFor(UUID household) {
		return outbox.about("household", household.toString()).stream()
			.filter(n -> n.subject().startsWith("Chase a check"))
			.count();
	}
}
