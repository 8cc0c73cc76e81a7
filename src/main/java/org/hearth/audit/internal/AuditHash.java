package org.hearth.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.hearth.audit.AuditAction;

/**
 * The SHA-256 of a row's fields and the hash of the row before it. Each field is written with its
 * length first, so that no two different rows give the same text.
 */
final class AuditHash {

	private AuditHash() {
	}

	static String of(long seq, Instant occurredAt, String actor, String remoteAddress, AuditAction action,
			String subjectType, String subjectId, String summary, String before, String after, String reason,
			String previousHash) {
		var text = new StringBuilder();
		for (Object field : new Object[] { seq, occurredAt.getEpochSecond() + "." + occurredAt.getNano(), actor,
				remoteAddress, action.name(), subjectType, subjectId, summary, before, after, reason, previousHash }) {
			String value = field == null ? "" : field.toString();
			text.append(value.length()).append(':').append(value).append('|');
		}
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
