package org.hearth.audit;

import java.time.LocalDate;

/** Filters for searching the audit trail; any may be empty. */
public record AuditQuery(String actor, AuditAction action, String subjectType, String subjectId, LocalDate from,
		LocalDate to) {

	public static AuditQuery forRecord(String subjectType, String subjectId) {
		return new AuditQuery(null, null, subjectType, subjectId, null, null);
	}

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null);
	}
}
