package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditPagesIT extends IntegrationTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private AuditScope ale() {
		return AuditScope.agency(jdbc.sql("SELECT agency_id FROM staff_account WHERE username = 'ale.manager'")
			.query(String.class)
			.single());
	}

	@Test
	void aManagerSeesWhoLookedAtARecord() throws Exception {
		log.recordFor("ale.worker", AuditRecord.viewed(ale(), "child", "record-77", "Child record viewed"));
		mvc.perform(get("/audit/record").param("type", "child").param("id", "record-77").with(as("ale.manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ale.worker")));
	}

	@Test
	void theSearchFiltersByPersonAndAction() throws Exception {
		log.recordFor("searcher", AuditRecord.viewed(ale(), "child", "record-78", "Child record viewed"));
		mvc.perform(get("/audit").param("actor", "searcher").param("action", "VIEWED").with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("record-78")));
		mvc.perform(get("/audit").param("actor", "searcher").param("action", "EXPORTED").with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("record-78"))));
	}

	@Test
	void aBadFilterGetsA400PageNotA500() throws Exception {
		mvc.perform(get("/audit").param("action", "NOT_AN_ACTION").with(as("ale.head"))).andExpect(status().isBadRequest());
		mvc.perform(get("/audit").param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2026").with(as("ale.head")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date to search from must be a real date")));
		mvc.perform(get("/audit").param("fromDay", "3").param("fromMonth", "3").param("fromYear", "2026")
			.param("toDay", "2").param("toMonth", "3").param("toYear", "2026").with(as("ale.head")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date to search to must be the same as or after the date to search from")));
	}

	@Test
	void theCsvDownloadNeedsAReasonAndIsItselfAudited() throws Exception {
		mvc.perform(post("/audit/export").with(csrf()).with(as("ale.manager")))
			.andExpect(redirectedUrl("/audit?exportError=reason"));
		var csv = mvc.perform(post("/audit/export").param("reason", "information request 12").with(csrf()).with(as("ale.manager")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("seq,occurred_at,actor");
		var exports = trail.search(new AuditQuery("ale.manager", AuditAction.EXPORTED, "audit-trail", null, null, null), 5);
		assertThat(exports).extracting(AuditEntry::reason).contains("information request 12");
	}

	@Test
	void theChainCheckPageSaysTheTrailIsIntact() throws Exception {
		mvc.perform(get("/audit/chain").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit trail is intact")));
	}

	@Test
	void aSocialWorkerCannotSearchTheAuditTrail() throws Exception {
		mvc.perform(get("/audit").with(as("ale.worker"))).andExpect(status().isForbidden());
	}
}
