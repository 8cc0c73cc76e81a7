package org.hearth.audit;

/**
 * Writes to the audit trail. Who and from where are taken from the signed-in user and the request;
 * {@link #recordFor(String, AuditRecord)} names the actor where no one is signed in yet (sign-in).
 */
public interface AuditLog {

	void record(AuditRecord record);

	void recordFor(String actor, AuditRecord record);

	/**
	 * Records that the signed-in user was refused a record (told it does not exist, or that their role may
	 * not), in a transaction of its own, so that the row stays when the caller's transaction rolls back.
	 */
	void recordRefusal(AuditRecord record);
}
