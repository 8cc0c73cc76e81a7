package org.hearth.notifications;

import java.util.Objects;

/**
 * A message to queue. The subject and body go to the recipient, so they carry only what the
 * recipient needs; the outbox keeps them. A message with a dedupe key already in the outbox is not
 * queued again: a reminder uses a key naming what and which period it is for.
 *
 * @param channel email or in-app
 * @param recipient an email address, or a staff user name for in-app messages
 * @param link an address in Hearth the message points to, or null
 * @param aboutType the kind of record it is about, such as {@code household}
 * @param aboutId the record's id
 * @param dedupeKey the message's identity: the same key is sent once
 */
public record OutgoingMessage(Channel channel, String recipient, String subject, String body, String link,
		String aboutType, String aboutId, String dedupeKey) {

	public OutgoingMessage {
		Objects.requireNonNull(channel, "channel");
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A message needs a recipient");
		}
		if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
			throw new IllegalArgumentException("A message needs a subject and a body");
		}
		if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 200) {
			throw new IllegalArgumentException("A message needs a dedupe key of at most 200 characters");
		}
	}

	public static OutgoingMessage email(String to, String subject, String body, String aboutType, String aboutId,
			String dedupeKey) {
		return new OutgoingMessage(Channel.EMAIL, to, subject, body, null, aboutType, aboutId, dedupeKey);
	}

	public static OutgoingMessage inApp(String username, String subject, String body, String link, String aboutType,
			String aboutId, String dedupeKey) {
		return new OutgoingMessage(Channel.IN_APP, username, subject, body, link, aboutType, aboutId, dedupeKey);
	}
}
