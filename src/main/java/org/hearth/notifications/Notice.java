package org.hearth.notifications;

import java.time.Instant;
import java.util.UUID;

/** A message in the outbox, queued and perhaps sent. */
public record Notice(UUID id, Channel channel, String recipient, String subject, String body, String link,
		String aboutType, String aboutId, Instant queuedAt, Instant sentAt, int attempts, String lastError) {

	public boolean sent() {
		return sentAt != null;
	}
}
