package org.hearth.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;

class PagesIT extends IntegrationTest {

	@Test
	void theHeaderNamesTheServiceAndTheUsersAgency() throws Exception {
		mvc.perform(get("/").with(as("ale.worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hearth")))
			.andExpect(content().string(containsString("Adopt London East")))
			.andExpect(content().string(containsString("Jordan Fairley")));
	}

	@Test
	void aBoroughWorkersHeaderNamesTheirCouncil() throws Exception {
		mvc.perform(get("/").with(as("havering.worker")))
			.andExpect(content().string(containsString("Havering Council")));
	}

	@Test
	void theNavigationFollowsTheRole() throws Exception {
		mvc.perform(get("/").with(as("admin")))
			.andExpect(content().string(containsString("href=\"/admin/users\"")))
			.andExpect(content().string(not(containsString("Children's permanence tracker"))));
		mvc.perform(get("/").with(as("ale.worker")))
			.andExpect(content().string(not(containsString("href=\"/admin/users\""))))
			.andExpect(content().string(not(containsString("href=\"/audit\""))));
		mvc.perform(get("/").with(as("ale.manager"))).andExpect(content().string(containsString("href=\"/audit\"")));
	}

	@Test
	void capabilitiesThatComeLaterSaySoAndShowNoFigures() throws Exception {
		mvc.perform(get("/").with(as("ale.finance")))
			.andExpect(content().string(containsString("Coming later")))
			.andExpect(content().string(containsString("Finance")));
	}

	@Test
	void boardMembersAreOfferedTheReports() throws Exception {
		mvc.perform(get("/").with(as("ale.board"))).andExpect(content().string(containsString("href=\"/reports\"")));
	}

	@Test
	void everyAnswerCarriesARequestIdAndStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().exists("X-Request-Id"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void healthIsPublicForSupervisors() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void metricsAreNotPublicAndAreScrapedWithASystemAdministratorsToken() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString("jvm_memory_used_bytes"))));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer hth_not-a-real-token"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(as("ale.worker"))).andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("jvm_memory_used_bytes"))));
		var created = mvc.perform(post("/account/tokens").param("name", "prometheus scrape").with(csrf()).with(as("admin")))
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}
}
