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

	@Test
	void aManagerSeesWhoLookedAtARecord() throws Exception {
		log.recordFor("ale.worker", AuditRecord.viewed("child", "record-77", "Child record viewed"));
		mvc.perform(get("/audit/record").param("type", "child").param("id", "record-77").with(as("ale.manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ale.worker")));
	}

	@Test
	void theSearchFiltersByPersonAndAction() throws Exception {
		log.recordFor("searcher", AuditRecord.viewed("child", "record-78", "Child record viewed"));
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
		mvc.perform(get("/audit").param("from", "31/02/2026").with(as("ale.head"))).andExpect(status().isBadRequest());
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
