package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditChainIT extends IntegrationTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUntouchedTrailIsIntact() {
		log.recordFor("tester", AuditRecord.viewed("child", "c-1", "Child record viewed"));
		log.recordFor("tester", AuditRecord.changed("child", "c-1", "Child record changed", "{a=1}", "{a=2}"));
		var check = trail.verifyChain();
		assertThat(check.intact()).isTrue();
		assertThat(check.rowsChecked()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void alteringARowBreaksTheChainAtThatRow() {
		log.recordFor("tester", AuditRecord.viewed("child", "c-2", "Child record viewed"));
		long seq = latestSeq();
		log.recordFor("tester", AuditRecord.viewed("child", "c-3", "Child record viewed"));
		String original = jdbc.sql("SELECT actor FROM audit_event WHERE seq = :seq").param("seq", seq).query(String.class).single();
		try {
			jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = :seq").param("seq", seq).update();
			var check = trail.verifyChain();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenRow()).hasValue(seq);
		}
		finally {
			jdbc.sql("UPDATE audit_event SET actor = :actor WHERE seq = :seq").param("actor", original).param("seq", seq).update();
		}
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void removingTheLatestRowShows() {
		log.recordFor("tester", AuditRecord.viewed("child", "c-4", "Child record viewed"));
		long seq = latestSeq();
		var row = jdbc.sql("SELECT * FROM audit_event WHERE seq = :seq").param("seq", seq).query().singleRow();
		try {
			jdbc.sql("DELETE FROM audit_event WHERE seq = :seq").param("seq", seq).update();
			assertThat(trail.verifyChain().firstBrokenRow()).hasValue(seq);
		}
		finally {
			jdbc.sql("""
					INSERT INTO audit_event (seq, occurred_at, actor, remote_address, action, subject_type, subject_id,
					  summary, before_state, after_state, reason, previous_hash, hash)
					VALUES (:seq, :occurred_at, :actor, :remote_address, :action, :subject_type, :subject_id,
					  :summary, :before_state, :after_state, :reason, :previous_hash, :hash)""")
				.params(row)
				.update();
		}
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void theAuditTrailRecordsWhoAndWhat() {
		log.recordFor("tester", AuditRecord.exported("children", null, "Tracker downloaded", "quarterly return"));
		var rows = trail.search(new AuditQuery("tester", AuditAction.EXPORTED, null, null, null, null), 5);
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).reason()).isEqualTo("quarterly return");
		assertThat(rows.get(0).hash()).hasSize(64);
	}

	private long latestSeq() {
		return jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single();
	}
}
