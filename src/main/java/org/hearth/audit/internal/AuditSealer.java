package org.hearth.audit.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hearth.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains the committed rows of the audit trail that are not sealed yet, in the order they were written:
 * each gets its place in the chain, the hash of the row before it and its own HMAC. Runs every second on
 * one node at a time (ShedLock), and on demand before the chain is checked. Only the sealer locks the head
 * of the chain, and only while it writes its own batch; no one who records a row waits for it.
 *
 * <p>
 * It also publishes the head of the chain outside the table, in the log and as the metric
 * {@code hearth_audit_chain_head} (its value the place, its tag the hash), so that a table rewritten
 * afterwards does not match what was published.
 */
@Component
class AuditSealer {

	static final String ZERO = "0".repeat(64);

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final AuditHash hash;

	private final TransactionTemplate transactions;

	private final AtomicReference<Head> published = new AtomicReference<>();

	private final MultiGauge headGauge;

	AuditSealer(JdbcClient jdbc, AuditHash hash, PlatformTransactionManager transactionManager,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.hash = hash;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.headGauge = MultiGauge.builder("hearth.audit.chain.head")
			.description("The place in the chain of the last sealed audit row; tag hash is its HMAC")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${hearth.audit.seal-every:PT1S}", initialDelayString = "${hearth.audit.seal-every:PT1S}")
	@SchedulerLock(name = "audit-sealer", lockAtMostFor = "PT5M")
	public void sealScheduled() {
		seal();
	}

	@Scheduled(fixedDelayString = "${hearth.audit.publish-every:PT1M}", initialDelayString = "${hearth.audit.publish-every:PT1M}")
	public void publishScheduled() {
		publish(head());
	}

	/** Seals every committed row not sealed yet; returns how many. Skips if another sealer holds the head. */
	int seal() {
		int sealed = 0;
		while (true) {
			Integer batch = transactions.execute(status -> sealBatch());
			if (batch == null || batch == 0) {
				return sealed;
			}
			sealed += batch;
			if (batch < BATCH) {
				return sealed;
			}
		}
	}

	private int sealBatch() {
		Optional<Head> locked = jdbc
			.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE SKIP LOCKED")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional();
		if (locked.isEmpty()) {
			return 0;
		}
		Head head = locked.get();
		List<AuditEntry> rows = jdbc.sql("SELECT * FROM audit_event WHERE seq IS NULL ORDER BY id LIMIT :limit")
			.param("limit", BATCH)
			.query(AuditRows::entry)
			.list();
		for (AuditEntry row : rows) {
			long seq = head.seq() + 1;
			String rowHash = hash.of(row, seq, head.hash());
			jdbc.sql("UPDATE audit_event SET seq = :seq, previous_hash = :previous, hash = :hash "
					+ "WHERE id = :id AND seq IS NULL")
				.param("seq", seq)
				.param("previous", head.hash())
				.param("hash", rowHash)
				.param("id", row.id())
				.update();
			head = new Head(seq, rowHash);
		}
		if (!rows.isEmpty()) {
			jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
				.param("seq", head.seq())
				.param("hash", head.hash())
				.update();
		}
		return rows.size();
	}

	Head head() {
		return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** The head last published, if any has been since this node started. */
	Optional<Head> lastPublished() {
		return Optional.ofNullable(published.get());
	}

	/** Publishes this head, in the log and the metric, unless it is the one already published. */
	void publish(Head head) {
		if (head.equals(published.getAndSet(head))) {
			return;
		}
		log.info("Audit chain head: seq={} hash={}", head.seq(), head.hash());
		headGauge.register(List.of(MultiGauge.Row.of(Tags.of("hash", head.hash()), head.seq())), true);
	}

	record Head(long seq, String hash) {
	}
}
