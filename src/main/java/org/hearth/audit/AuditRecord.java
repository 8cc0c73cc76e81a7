package org.hearth.audit;

import java.util.Objects;

/**
 * One thing to write to the audit trail. The summary and states name records by id and never carry
 * special category data such as ethnicity or health.
 *
 * @param action what happened
 * @param subjectType the kind of record, such as {@code child} or {@code staff-account}
 * @param subjectId the record's id
 * @param summary a short description for the audit pages
 * @param before the record before a change, as text (JSON), or null
 * @param after the record after a change, as text (JSON), or null
 * @param reason why, for an export
 */
public record AuditRecord(AuditAction action, String subjectType, String subjectId, String summary, String before,
		String after, String reason) {

	public AuditRecord {
		Objects.requireNonNull(action, "action");
	}

	public static AuditRecord viewed(String subjectType, String subjectId, String summary) {
		return new AuditRecord(AuditAction.VIEWED, subjectType, subjectId, summary, null, null, null);
	}

	public static AuditRecord exported(String subjectType, String subjectId, String summary, String reason) {
		return new AuditRecord(AuditAction.EXPORTED, subjectType, subjectId, summary, null, null, reason);
	}

	public static AuditRecord created(String subjectType, String subjectId, String summary, String after) {
		return new AuditRecord(AuditAction.CREATED, subjectType, subjectId, summary, null, after, null);
	}

	public static AuditRecord changed(String subjectType, String subjectId, String summary, String before,
			String after) {
		return new AuditRecord(AuditAction.CHANGED, subjectType, subjectId, summary, before, after, null);
	}

	public static AuditRecord deleted(String subjectType, String subjectId, String summary, String before) {
		return new AuditRecord(AuditAction.DELETED, subjectType, subjectId, summary, before, null, null);
	}
}
