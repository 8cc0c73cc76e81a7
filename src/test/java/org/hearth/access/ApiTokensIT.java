package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.IntegrationTest;
import org.hearth.access.internal.ApiTokens;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensIT extends IntegrationTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	ApiTokens tokens;

	@Test
	void theApiAnswers401WithAProblemBodyNotARedirect() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Not signed in"));
	}

	@Test
	void theApiTakesTheSession() throws Exception {
		mvc.perform(get("/api/v1/me").with(as("ale.worker")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("ale.worker"))
			.andExpect(jsonPath("$.agencyId").value("adopt-london-east"));
	}

	@Test
	void aPersonalTokenCreatedOnTheAccountPageCallsTheApiUntilRevoked() throws Exception {
		var created = mvc.perform(post("/account/tokens").param("name", "nightly export").with(csrf()).with(as("ale.analyst")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("hth_");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("ale.analyst"))
			.andExpect(jsonPath("$.capabilities").isArray());

		var user = ((org.hearth.access.CurrentUsers.HasCurrentUser) users.loadUserByUsername("ale.analyst")).user();
		var id = tokens.of(user).stream().filter(t -> t.name().equals("nightly export")).findFirst().orElseThrow().id();
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(as("ale.analyst")))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(trail.search(new AuditQuery("ale.analyst", AuditAction.CREATED, "api-token", null, null, null), 5))
			.isNotEmpty();
		assertThat(trail.search(new AuditQuery("ale.analyst", AuditAction.CHANGED, "api-token", id.toString(), null, null), 5))
			.hasSize(1);
	}

	@Test
	void tokensAreStoredOnlyAsHashes() throws Exception {
		var created = mvc.perform(post("/account/tokens").param("name", "hash check").with(csrf()).with(as("ale.worker")))
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(
				applicationContext.getBean(javax.sql.DataSource.class));
		long plain = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t").param("t", token).query(Long.class).single();
		assertThat(plain).isZero();
	}

	@Test
	void aTokenWithoutANameIsRefusedWithAMessage() throws Exception {
		mvc.perform(post("/account/tokens").param("name", " ").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a name for the token")));
	}

	@Test
	void anUnknownTokenIsRefused() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer hth_not-a-real-token"))
			.andExpect(status().isUnauthorized());
	}

	@Autowired
	org.springframework.context.ApplicationContext applicationContext;
}
