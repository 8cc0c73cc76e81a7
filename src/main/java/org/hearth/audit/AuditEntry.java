package org.hearth.audit;

import java.time.Instant;

/** A row of the audit trail as stored. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String remoteAddress, AuditAction action,
		String subjectType, String subjectId, String summary, String before, String after, String reason,
		String previousHash, String hash) {
}
