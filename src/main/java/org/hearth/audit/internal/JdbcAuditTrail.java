package org.hearth.audit.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.AuditVisibility;
import org.hearth.audit.ChainCheck;
import org.hearth.audit.internal.AuditSealer.Head;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcAuditTrail implements AuditTrail {

	private static final int PAGE = 1000;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final AuditSealer sealer;

	private final AuditHash hash;

	JdbcAuditTrail(JdbcClient jdbc, AuditSealer sealer, AuditHash hash) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.hash = hash;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditVisibility visibility, AuditQuery query, int limit) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new HashMap<String, Object>();
		visible(visibility, where, params);
		filter(query, where, params);
		return latest(where, params, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditQuery query, int limit) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new HashMap<String, Object>();
		filter(query, where, params);
		return latest(where, params, limit);
	}

	private List<AuditEntry> latest(StringBuilder where, Map<String, Object> params, int limit) {
		params.put("limit", limit);
		return jdbc.sql("SELECT * FROM audit_event" + where + " ORDER BY id DESC LIMIT :limit")
			.params(params)
			.query(AuditRows::entry)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(AuditVisibility visibility, AuditQuery query, Consumer<AuditEntry> action) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new HashMap<String, Object>();
		visible(visibility, where, params);
		filter(query, where, params);
		long after = Long.MIN_VALUE;
		while (true) {
			params.put("after", after);
			params.put("limit", PAGE);
			List<AuditEntry> page = jdbc
				.sql("SELECT * FROM audit_event" + where + " AND id > :after ORDER BY id LIMIT :limit")
				.params(params)
				.query(AuditRows::entry)
				.list();
			page.forEach(action);
			if (page.size() < PAGE) {
				return;
			}
			after = page.get(page.size() - 1).id();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public ChainCheck verifyChain() {
		sealer.seal();
		var published = sealer.lastPublished();
		String expectedPrevious = AuditSealer.ZERO;
		long expectedSeq = 1;
		long checked = 0;
		while (true) {
			List<AuditEntry> page = jdbc
				.sql("SELECT * FROM audit_event WHERE seq >= :from ORDER BY seq LIMIT :limit")
				.param("from", expectedSeq)
				.param("limit", PAGE)
				.query(AuditRows::entry)
				.list();
			for (AuditEntry row : page) {
				boolean follows = row.seq() == expectedSeq && expectedPrevious.equals(row.previousHash())
						&& hash.of(row, row.seq(), row.previousHash()).equals(row.hash());
				boolean asPublished = published.isEmpty() || published.get().seq() != row.seq()
						|| published.get().hash().equals(row.hash());
				if (!follows || !asPublished) {
					return broken(checked, expectedSeq);
				}
				checked++;
				expectedSeq++;
				expectedPrevious = row.hash();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		Head head = sealer.head();
		long last = expectedSeq - 1;
		if (head.seq() != last || !head.hash().equals(expectedPrevious)) {
			// rows were removed from the end of the chain
			return broken(checked, last + 1);
		}
		if (published.isPresent() && published.get().seq() > last) {
			// the chain is shorter than the head published before: rows were removed and the head rewritten
			return broken(checked, last + 1);
		}
		sealer.publish(head);
		return new ChainCheck(checked, OptionalLong.empty(), unsealed());
	}

	private ChainCheck broken(long checked, long at) {
		return new ChainCheck(checked, OptionalLong.of(at), unsealed());
	}

	private long unsealed() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL").query(Long.class).single();
	}

	/** Only the rows of the reader's agencies and boroughs, and administration rows for an administrator. */
	private static void visible(AuditVisibility visibility, StringBuilder where, Map<String, Object> params) {
		var any = new ArrayList<String>();
		if (!visibility.agencies().isEmpty()) {
			any.add("scope_agency IN (:scopeAgencies)");
			params.put("scopeAgencies", List.copyOf(visibility.agencies()));
		}
		if (!visibility.boroughs().isEmpty()) {
			any.add("scope_borough IN (:scopeBoroughs)");
			params.put("scopeBoroughs", List.copyOf(visibility.boroughs()));
		}
		if (visibility.administration()) {
			any.add("scope_administration = TRUE");
		}
		where.append(any.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", any) + ")");
	}

	private static void filter(AuditQuery query, StringBuilder where, Map<String, Object> params) {
		if (has(query.actor())) {
			// user names are kept in lower case: an exact match uses the index on actor
			where.append(" AND actor = :actor");
			params.put("actor", query.actor().trim().toLowerCase(java.util.Locale.ROOT));
		}
		if (query.action() != null) {
			where.append(" AND action = :action");
			params.put("action", query.action().name());
		}
		if (has(query.subjectType())) {
			where.append(" AND subject_type = :subjectType");
			params.put("subjectType", query.subjectType().trim());
		}
		if (has(query.subjectId())) {
			where.append(" AND subject_id = :subjectId");
			params.put("subjectId", query.subjectId().trim());
		}
		if (query.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", query.from().atStartOfDay(LONDON).toOffsetDateTime());
		}
		if (query.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(LONDON).toOffsetDateTime());
		}
	}

	private static boolean has(String text) {
		return text != null && !text.isBlank();
	}
}
