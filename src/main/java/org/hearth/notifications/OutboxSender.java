package org.hearth.notifications;

import java.time.Clock;

import jakarta.mail.internet.InternetAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued emails over SMTP ({@code spring.mail.*}). Runs every few seconds on one node at a time
 * (a ShedLock lock in the database). Where no mail server is configured, emails stay in the outbox,
 * where staff can see them. A message that fails is tried again, up to a limit.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final int batchSize;

	private final int maxAttempts;

	OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${hearth.notifications.from:no-reply@hearth.example}") String from,
			@Value("${hearth.notifications.batch-size:50}") int batchSize,
			@Value("${hearth.notifications.max-attempts:5}") int maxAttempts) {
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.batchSize = batchSize;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(fixedDelayString = "${hearth.notifications.send-every:PT10S}",
			initialDelayString = "${hearth.notifications.send-every:PT10S}")
	@SchedulerLock(name = "notifications-outbox", lockAtMostFor = "PT5M")
	public void sendScheduled() {
		sendDue();
	}

	/** Sends the emails waiting in the outbox; returns how many went. */
	public int sendDue() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (Notice notice : outbox.unsentEmails(batchSize, maxAttempts)) {
			try {
				var message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(new InternetAddress(notice.recipient(), true).getAddress());
				message.setSubject(notice.subject());
				message.setText(notice.body());
				sender.send(message);
				outbox.markSent(notice.id(), clock.instant());
				sent++;
			}
			catch (Exception e) {
				// the message and the address are not logged: they may say who the person is
				log.warn("Email {} not sent: {}", notice.id(), e.getClass().getSimpleName());
				outbox.markFailed(notice.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
			}
		}
		return sent;
	}
}
