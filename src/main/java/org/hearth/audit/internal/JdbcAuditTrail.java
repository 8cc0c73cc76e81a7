package org.hearth.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.ChainCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcAuditTrail implements AuditTrail {

	private static final int PAGE = 1000;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	JdbcAuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditQuery query, int limit) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new HashMap<String, Object>();
		filter(query, where, params);
		params.put("limit", limit);
		return jdbc.sql("SELECT * FROM audit_event" + where + " ORDER BY seq DESC LIMIT :limit")
			.params(params)
			.query(JdbcAuditTrail::entry)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(AuditQuery query, Consumer<AuditEntry> action) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new HashMap<String, Object>();
		filter(query, where, params);
		long after = 0;
		while (true) {
			params.put("after", after);
			params.put("limit", PAGE);
			List<AuditEntry> page = jdbc
				.sql("SELECT * FROM audit_event" + where + " AND seq > :after ORDER BY seq LIMIT :limit")
				.params(params)
				.query(JdbcAuditTrail::entry)
				.list();
			page.forEach(action);
			if (page.size() < PAGE) {
				return;
			}
			after = page.get(page.size() - 1).seq();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public ChainCheck verifyChain() {
		String expectedPrevious = "0".repeat(64);
		long expectedSeq = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<AuditEntry> page = jdbc.sql("SELECT * FROM audit_event WHERE seq > :after ORDER BY seq LIMIT :limit")
				.param("after", after)
				.param("limit", PAGE)
				.query(JdbcAuditTrail::entry)
				.list();
			for (AuditEntry row : page) {
				String recomputed = AuditHash.of(row.seq(), row.occurredAt(), row.actor(), row.remoteAddress(),
						row.action(), row.subjectType(), row.subjectId(), row.summary(), row.before(), row.after(),
						row.reason(), row.previousHash());
				boolean follows = row.seq() == expectedSeq && row.previousHash().equals(expectedPrevious)
						&& row.hash().equals(recomputed);
				if (!follows) {
					return new ChainCheck(checked, OptionalLong.of(row.seq()));
				}
				checked++;
				expectedSeq++;
				expectedPrevious = row.hash();
			}
			if (page.size() < PAGE) {
				break;
			}
			after = page.get(page.size() - 1).seq();
		}
		var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.getKey() != expectedSeq - 1 || !head.getValue().equals(expectedPrevious)) {
			// rows were removed from the end of the trail
			return new ChainCheck(checked, OptionalLong.of(expectedSeq));
		}
		return new ChainCheck(checked, OptionalLong.empty());
	}

	private static void filter(AuditQuery query, StringBuilder where, Map<String, Object> params) {
		if (has(query.actor())) {
			where.append(" AND LOWER(actor) = LOWER(:actor)");
			params.put("actor", query.actor().trim());
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

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("remote_address"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("summary"),
				rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}
}
