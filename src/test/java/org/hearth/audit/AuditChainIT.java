package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditChainIT extends IntegrationTest {

	private static final AuditScope SCOPE = AuditScope.borough("E09000026");

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anUntouchedTrailIsIntact() {
		log.recordFor("tester", AuditRecord.viewed(SCOPE, "child", "c-1", "Child record viewed"));
		log.recordFor("tester", AuditRecord.changed(SCOPE, "child", "c-1", "Child record changed", "{a=1}", "{a=2}"));
		var check = trail.verifyChain();
		assertThat(check.intact()).isTrue();
		assertThat(check.rowsChecked()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL AND subject_id = 'c-1'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void alteringARowBreaksTheChainAtThatRow() {
		long seq = sealed(AuditRecord.viewed(SCOPE, "child", "c-2", "Child record viewed"));
		rolledBack(() -> {
			jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = :seq").param("seq", seq).update();
			var check = trail.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenRow()).hasValue(seq);
		});
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void aReasonChangedFromEmptyToMissingBreaksTheChain() {
		long seq = sealed(AuditRecord.exported(SCOPE, "children", null, "Tracker downloaded", ""));
		rolledBack(() -> {
			jdbc.sql("UPDATE audit_event SET reason = NULL WHERE seq = :seq").param("seq", seq).update();
			assertThat(trail.verifyChain().firstBrokenRow()).hasValue(seq);
		});
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void aTableRewrittenWithAFreshUnkeyedChainFailsTheCheck() {
		sealed(AuditRecord.viewed(SCOPE, "child", "c-3", "Child record viewed"));
		rolledBack(() -> {
			// what anyone who can write to the table but has not the key can do: chain every row again
			String previous = "0".repeat(64);
			var rows = jdbc.sql("SELECT seq, actor, action, summary FROM audit_event WHERE seq IS NOT NULL ORDER BY seq")
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
				.list();
			for (String[] row : rows) {
				String hash = sha256(previous + String.join("|", row));
				jdbc.sql("UPDATE audit_event SET previous_hash = :previous, hash = :hash WHERE seq = :seq")
					.param("previous", previous)
					.param("hash", hash)
					.param("seq", Long.parseLong(row[0]))
					.update();
				previous = hash;
			}
			jdbc.sql("UPDATE audit_chain_head SET last_hash = :hash WHERE id = 1").param("hash", previous).update();
			var check = trail.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenRow()).hasValue(1);
		});
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void removingTheLatestRowsAndTheirHeadFailsAgainstTheHeadPublished() {
		long seq = sealed(AuditRecord.viewed(SCOPE, "child", "c-4", "Child record viewed"));
		assertThat(trail.verifyChain().intact()).isTrue(); // publishes the head
		rolledBack(() -> {
			var before = jdbc.sql("SELECT previous_hash FROM audit_event WHERE seq = :seq").param("seq", seq)
				.query(String.class)
				.single();
			jdbc.sql("DELETE FROM audit_event WHERE seq >= :seq").param("seq", seq).update();
			jdbc.sql("UPDATE audit_chain_head SET last_seq = :last, last_hash = :hash WHERE id = 1")
				.param("last", seq - 1)
				.param("hash", before)
				.update();
			var check = trail.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenRow()).hasValue(seq);
		});
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void theAuditTrailRecordsWhoAndWhat() {
		log.recordFor("tester", AuditRecord.exported(SCOPE, "children", null, "Tracker downloaded", "quarterly return"));
		trail.verifyChain();
		var rows = trail.search(new AuditQuery("tester", AuditAction.EXPORTED, null, null, null, null), 5);
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).reason()).isEqualTo("quarterly return");
		assertThat(rows.get(0).hash()).hasSize(64);
		assertThat(rows.get(0).scope()).isEqualTo(SCOPE);
	}

	@Test
	void anAuditedViewDoesNotWaitForAnotherTransactionThatWroteAnAuditRowAndIsStillOpen() throws Exception {
		var written = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var longTransaction = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> {
				log.recordFor("long.transaction", AuditRecord.viewed(SCOPE, "child", "c-5", "Child record viewed"));
				written.countDown();
				await(release);
			}));
		try {
			assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			var view = CompletableFuture.runAsync(() -> {
				try {
					mvc.perform(get("/audit").with(as("ale.manager"))).andExpect(status().isOk());
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			view.get(5, TimeUnit.SECONDS);
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			System.out.println("Audited view while another transaction holds an audit row open: " + millis + " ms");
			assertThat(longTransaction).isNotDone();
		}
		finally {
			release.countDown();
		}
		longTransaction.get(10, TimeUnit.SECONDS);
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	private long sealed(AuditRecord record) {
		log.recordFor("tester", record);
		trail.verifyChain();
		return jdbc.sql("SELECT MAX(seq) FROM audit_event WHERE actor = 'tester'").query(Long.class).single();
	}

	private void rolledBack(Runnable change) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			change.run();
			status.setRollbackOnly();
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
