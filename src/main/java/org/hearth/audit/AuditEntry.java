package org.hearth.audit;

import java.time.Instant;

/**
 * A row of the audit trail as stored.
 *
 * @param id the row's id, in the order rows were written
 * @param seq the row's place in the chain, or null until it is sealed
 * @param previousHash the hash of the row before it in the chain, or null until sealed
 * @param hash the row's HMAC, or null until sealed
 */
public record AuditEntry(long id, Long seq, Instant occurredAt, String actor, String remoteAddress,
		AuditAction action, String subjectType, String subjectId, String summary, String before, String after,
		String reason, AuditScope scope, String previousHash, String hash) {

	public boolean sealed() {
		return seq != null;
	}
}
