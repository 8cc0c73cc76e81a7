package org.hearth.notifications.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.hearth.access.PasswordReset;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member of staff by email that an administrator reset their password: when, and to contact
 * their agency if they did not expect it. Never the password. Queued in the reset's own transaction.
 */
@Component
class PasswordResetEmail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final Outbox outbox;

	PasswordResetEmail(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(PasswordReset reset) {
		if (reset.email() == null || reset.email().isBlank()) {
			return;
		}
		String body = """
				Dear %s,

				Your Hearth password was reset by a system administrator on %s (UK time). Any sessions you had \
				open have ended: sign in again with the new password your administrator gives you.

				If you did not expect this, contact your agency's system administrator straight away.
				""".formatted(reset.displayName(), WHEN.format(reset.at()));
		outbox.queue(OutgoingMessage.email(reset.email(), "Your Hearth password was reset", body, "staff-account",
				reset.accountId().toString(), "password-reset:" + reset.accountId() + ":" + reset.at().toEpochMilli()));
	}
}
