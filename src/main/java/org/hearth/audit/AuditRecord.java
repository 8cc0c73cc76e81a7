package org.hearth.audit;

import java.util.Objects;

/**
 * One thing to write to the audit trail. The summary and states name records by id and never carry
 * special category data such as ethnicity or health.
 *
 * @param scope whose row it is: who may read it later
 * @param action what happened
 * @param subjectType the kind of record, such as {@code child} or {@code staff-account}
 * @param subjectId the record's id
 * @param summary a short description for the audit pages
 * @param before the record before a change, as text (JSON), or null
 * @param after the record after a change, as text (JSON), or null
 * @param reason why, for an export
 */
public record AuditRecord(AuditScope scope, AuditAction action, String subjectType, String subjectId, String summary,
		String before, String after, String reason) {

	public AuditRecord {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(action, "action");
	}

	public static AuditRecord viewed(AuditScope scope, String subjectType, String subjectId, String summary) {
		return new AuditRecord(scope, AuditAction.VIEWED, subjectType, subjectId, summary, null, null, null);
	}

	/** Someone asked for a record they may not see, and were told it does not exist or refused. */
	public static AuditRecord refused(AuditScope scope, String subjectType, String subjectId, String summary) {
		return new AuditRecord(scope, AuditAction.REFUSED, subjectType, subjectId, summary, null, null, null);
	}

	public static AuditRecord exported(AuditScope scope, String subjectType, String subjectId, String summary,
			String reason) {
		return new AuditRecord(scope, AuditAction.EXPORTED, subjectType, subjectId, summary, null, null, reason);
	}

	public static AuditRecord created(AuditScope scope, String subjectType, String subjectId, String summary,
			String after) {
		return new AuditRecord(scope, AuditAction.CREATED, subjectType, subjectId, summary, null, after, null);
	}

	public static AuditRecord changed(AuditScope scope, String subjectType, String subjectId, String summary,
			String before, String after) {
		return new AuditRecord(scope, AuditAction.CHANGED, subjectType, subjectId, summary, before, after, null);
	}

	public static AuditRecord deleted(AuditScope scope, String subjectType, String subjectId, String summary,
			String before) {
		return new AuditRecord(scope, AuditAction.DELETED, subjectType, subjectId, summary, before, null, null);
	}
}
