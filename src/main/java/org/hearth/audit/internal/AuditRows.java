package org.hearth.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditScope;

/** Reads a row of {@code audit_event}. */
final class AuditRows {

	private AuditRows() {
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long seq = rs.getLong("seq");
		Long chained = rs.wasNull() ? null : seq;
		return new AuditEntry(rs.getLong("id"), chained,
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("remote_address"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("summary"),
				rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"), scope(rs),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	/** A row written before scopes and never given one has none: no one reads it on the pages. */
	private static AuditScope scope(ResultSet rs) throws SQLException {
		String agency = rs.getString("scope_agency");
		String borough = rs.getString("scope_borough");
		boolean administration = rs.getBoolean("scope_administration");
		if (administration) {
			return AuditScope.administration();
		}
		if (agency == null && borough == null) {
			return null;
		}
		return new AuditScope(agency, borough, false);
	}
}
