package org.hearth.notifications;

/** How a message reaches its recipient. */
public enum Channel {
	/** An email to an address, sent over SMTP by the outbox sender. */
	EMAIL,
	/** A message in Hearth for a member of staff, named by their user name. */
	IN_APP
}
