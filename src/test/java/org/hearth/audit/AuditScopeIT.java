package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditScopeIT extends IntegrationTest {

	private static final String NORTH = "adopt-london-north";

	private static final String ISLINGTON = "E09000019";

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgencysManagersDoNotSeeAnotherAgencysRowsInTheSearchTheRecordPageOrTheCsv() throws Exception {
		log.recordFor("aln.worker", AuditRecord.exported(AuditScope.borough(ISLINGTON), "child", "isl-scope-1",
				"Court bundle downloaded", "Court bundle for Islington child ISL-0007 hearing"));
		log.recordFor("aln.worker", AuditRecord.viewed(AuditScope.agency(NORTH), "household", "north-hh-scope-1",
				"Household HH-NORTH-1 viewed"));
		mvc.perform(get("/audit").param("actor", "aln.worker").with(as("ale.manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ISL-0007"))))
			.andExpect(content().string(not(containsString("isl-scope-1"))))
			.andExpect(content().string(not(containsString("HH-NORTH-1"))));
		mvc.perform(get("/audit/record").param("type", "child").param("id", "isl-scope-1").with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("aln.worker"))))
			.andExpect(content().string(not(containsString("Alex Northcote"))));
		String csv = mvc.perform(post("/audit/export").param("actor", "aln.worker").param("reason", "scope check")
			.with(csrf())
			.with(as("ale.manager"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv).doesNotContain("ISL-0007").doesNotContain("HH-NORTH-1").doesNotContain("isl-scope-1");
	}

	@Test
	void anAgencysManagersSeeTheirBoroughsRowsWithTheStaffMembersName() throws Exception {
		log.recordFor("ale.worker", AuditRecord.viewed(AuditScope.borough("E09000016"), "child", "hav-scope-1",
				"Child record viewed"));
		mvc.perform(get("/audit").param("subjectType", "child").param("subjectId", "hav-scope-1").with(as("ale.manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hav-scope-1")))
			.andExpect(content().string(containsString("Jordan Fairley")));
	}

	@Test
	void aSystemAdministratorSeesSignInAndAdministrationRowsButNeverCaseRows() throws Exception {
		log.recordFor("ale.worker", AuditRecord.viewed(AuditScope.borough("E09000016"), "child", "hav-scope-2",
				"Child record viewed"));
		log.recordFor("ale.worker", AuditRecord.changed(AuditScope.administration(), "staff-account", "acct-scope-2",
				"Staff account changed", null, null));
		mvc.perform(get("/audit").param("actor", "ale.worker").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("acct-scope-2")))
			.andExpect(content().string(not(containsString("hav-scope-2"))));
	}

	@Test
	void aFailedSignInForAnUnknownNameRecordsUnknownAccountNotWhatWasTyped() throws Exception {
		String typed = "Tr0ub4dor-typed-in-the-name-box";
		mvc.perform(formLogin("/login").user(typed).password("whatever-else"));
		assertThat(trail.search(new AuditQuery(typed, null, null, null, null, null), 5)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor LIKE :t OR subject_id LIKE :t OR summary LIKE :t")
			.param("t", "%Tr0ub4dor%")
			.query(Long.class)
			.single()).isZero();
		assertThat(trail.search(new AuditQuery("unknown account", AuditAction.SIGN_IN_FAILED, null, null, null, null), 1))
			.isNotEmpty();
	}

	@Test
	void aRefusedAttemptAtAnotherAgencysHouseholdIsRecordedForThatAgency() throws Exception {
		String household = jdbc.sql("SELECT CAST(id AS VARCHAR(40)) FROM household WHERE agency_id = 'adopt-london-east' ORDER BY reference LIMIT 1")
			.query(String.class)
			.single();
		mvc.perform(get("/households/" + household).with(as("aln.worker"))).andExpect(status().isNotFound());
		var refused = trail.search(new AuditQuery("aln.worker", AuditAction.REFUSED, "household", household, null, null), 5);
		assertThat(refused).isNotEmpty();
		assertThat(refused.get(0).scope()).isEqualTo(AuditScope.agency("adopt-london-east"));
		mvc.perform(get("/audit").param("actor", "aln.worker").param("action", "REFUSED").with(as("ale.manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(household)));
	}

	@Test
	void theHouseholdListAndTheAuditPagesThemselvesLeaveARow() throws Exception {
		mvc.perform(get("/households").with(as("ale.support"))).andExpect(status().isOk());
		assertThat(trail.search(new AuditQuery("ale.support", AuditAction.VIEWED, "household", null, null, null), 5))
			.extracting(AuditEntry::summary)
			.anyMatch(s -> s.startsWith("Households listed"));
		mvc.perform(get("/audit").with(as("ale.head"))).andExpect(status().isOk());
		assertThat(trail.search(new AuditQuery("ale.head", AuditAction.VIEWED, "audit-trail", null, null, null), 5))
			.extracting(AuditEntry::summary)
			.anyMatch(s -> s.startsWith("Audit trail searched"));
	}
}
