package org.hearth.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditScope;

/**
 * The HMAC-SHA256, under the audit key, of one canonical form of a row and the hash of the row before it.
 * Each field is written as its length and its text; a missing field is written as {@code -}, so that an
 * empty text and a missing one differ, and no two different rows give the same form.
 */
final class AuditHash {

	private final SecretKeySpec key;

	AuditHash(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalStateException("The audit key (hearth.audit.key) is not set");
		}
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The hash of this row at this place in the chain, after the row with this hash. */
	String of(AuditEntry row, long seq, String previousHash) {
		AuditScope scope = row.scope();
		Instant at = row.occurredAt();
		return hmac(canonical(seq, row.id(), at.getEpochSecond() + "." + at.getNano(), row.actor(),
				row.remoteAddress(), row.action().name(), row.subjectType(), row.subjectId(), row.summary(),
				row.before(), row.after(), row.reason(), scope == null ? null : scope.agencyId(),
				scope == null ? null : scope.boroughCode(), scope != null && scope.ofAdministration(), previousHash));
	}

	static String canonical(Object... fields) {
		var text = new StringBuilder();
		for (Object field : fields) {
			if (field == null) {
				text.append("-|");
			}
			else {
				String value = field.toString();
				text.append(value.length()).append(':').append(value).append('|');
			}
		}
		return text.toString();
	}

	private String hmac(String text) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}
}
