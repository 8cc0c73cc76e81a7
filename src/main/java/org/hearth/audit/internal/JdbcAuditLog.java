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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes rows to the audit trail, in the caller's transaction: a change and its audit row commit together
 * or not at all. A row takes its id from a sequence and no lock that another transaction could hold; the
 * {@link AuditSealer} chains it once it is committed.
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
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(AuditRecord record) {
		recordFor(currentActor(), record);
	}

	@Override
	@Transactional
	public void recordFor(String actor, AuditRecord record) {
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor, remote_address, action, subject_type, subject_id,
				  summary, before_state, after_state, reason, scope_agency, scope_borough, scope_administration)
				VALUES (nextval('audit_event_ids'), :at, :actor, :from, :action, :subjectType, :subjectId, :summary,
				  :before, :after, :reason, :agency, :borough, :administration)""")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("actor", clip(actor == null || actor.isBlank() ? "anonymous" : actor, 100))
			.param("from", remoteAddress())
			.param("action", record.action().name())
			.param("subjectType", clip(record.subjectType(), 40))
			.param("subjectId", clip(record.subjectId(), 100))
			.param("summary", clip(record.summary(), 500))
			.param("before", clip(record.before(), MAX_TEXT))
			.param("after", clip(record.after(), MAX_TEXT))
			.param("reason", clip(record.reason(), 500))
			.param("agency", record.scope().agencyId())
			.param("borough", record.scope().boroughCode())
			.param("administration", record.scope().ofAdministration())
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
}
