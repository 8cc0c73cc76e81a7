package org.hearth.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends rows to the audit trail, in the caller's transaction: a change and its audit row commit
 * together or not at all. The head of the chain is locked while a row is added.
 */
@Component
class JdbcAuditLog implements AuditLog {

	private static final int MAX_TEXT = 20000;

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(AuditRecord record) {
		recordFor(currentActor(), record);
	}

	@Override
	@Transactional
	public void recordFor(String actor, AuditRecord record) {
		var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.seq() + 1;
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String who = clip(actor == null || actor.isBlank() ? "anonymous" : actor, 100);
		String from = remoteAddress();
		String summary = clip(record.summary(), 500);
		String before = clip(record.before(), MAX_TEXT);
		String after = clip(record.after(), MAX_TEXT);
		String reason = clip(record.reason(), 500);
		String hash = AuditHash.of(seq, at, who, from, record.action(), record.subjectType(), record.subjectId(),
				summary, before, after, reason, head.hash());
		jdbc.sql("""
				INSERT INTO audit_event (seq, occurred_at, actor, remote_address, action, subject_type, subject_id,
				  summary, before_state, after_state, reason, previous_hash, hash)
				VALUES (:seq, :at, :actor, :from, :action, :subjectType, :subjectId, :summary, :before, :after, :reason,
				  :previousHash, :hash)""")
			.param("seq", seq)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("actor", who)
			.param("from", from)
			.param("action", record.action().name())
			.param("subjectType", record.subjectType())
			.param("subjectId", record.subjectId())
			.param("summary", summary)
			.param("before", before)
			.param("after", after)
			.param("reason", reason)
			.param("previousHash", head.hash())
			.param("hash", hash)
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "anonymous";
		}
		return authentication.getName();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return clip(attributes.getRequest().getRemoteAddr(), 64);
		}
		return null;
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private record Head(long seq, String hash) {
	}
}
