package org.hearth.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApiDocumentationIT extends IntegrationTest {

	@Test
	void theOpenApiDocumentListsTheApiWithoutTheSignedInUserAsAParameter() throws Exception {
		String document = mvc.perform(get("/api/v1/openapi").with(as("ale.worker")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(document).contains("\"title\":\"Hearth API\"")
			.contains("\"/api/v1/children\"")
			.contains("\"/api/v1/children/{id}/events\"")
			.contains("\"/api/v1/me\"")
			.contains("\"/api/v1/reports/scorecard\"")
			.contains("\"/api/v1/searches\"")
			.contains("\"/api/v1/searches/{id}\"")
			.contains("\"/api/v1/searches/{id}/sign-offs\"")
			.contains("\"/api/v1/searches/{id}/widen\"")
			.contains("\"/api/v1/households\"")
			.contains("\"/api/v1/links\"")
			.contains("\"/api/v1/links/{id}\"")
			.contains("\"/api/v1/links/{id}/steps\"")
			.contains("\"/api/v1/links/{id}/close\"")
			.doesNotContain("\"name\":\"user\"")
			.contains("\"name\":\"stage\"");
	}

	@Test
	void theDocumentNeedsASignedInUser() throws Exception {
		mvc.perform(get("/api/v1/openapi")).andExpect(status().isUnauthorized());
	}
}
