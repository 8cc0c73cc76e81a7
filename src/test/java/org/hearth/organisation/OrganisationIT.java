package org.hearth.organisation;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation decides who sees which child: a borough's children are seen by the agency that
 * serves it. Moving a borough to another agency moves its children with it, at once, by page and by
 * API. The test adds a borough of its own, so the demo boroughs stay as they are.
 */
class OrganisationIT extends IntegrationTest {

	private static final String EAST = "adopt-london-east";

	private static final String NORTH = "adopt-london-north";

	@Autowired
	OrganisationDirectory directory;

	@Test
	void movingABoroughToAnotherAgencyMovesWhoSeesItsChildrenByPageAndApi() throws Exception {
		String code = "E06" + String.format("%06d", ThreadLocalRandom.current().nextInt(900_000, 1_000_000));
		String boroughName = "Testborough " + code.substring(5);
		saveBorough(code, boroughName, EAST);

		String lastName = "Orgmove" + UUID.randomUUID().toString().substring(0, 6);
		String id = addChild("ale.worker", code, lastName);

		// Adopt London East serves the borough: its worker sees the child; Adopt London North's does not.
		assertSees("ale.worker", id, lastName);
		assertDoesNotSee("aln.worker", id, lastName);

		saveBorough(code, boroughName, NORTH);
		assertThat(directory.localAuthority(new OnsCode(code)).orElseThrow().agencyId()).isEqualTo(new AgencyId(NORTH));

		// Now Adopt London North serves it: the child is theirs, and East answers as if there were no such child.
		assertSees("aln.worker", id, lastName);
		assertDoesNotSee("ale.worker", id, lastName);
		String northList = mvc.perform(get("/api/v1/children").param("borough", code).with(as("aln.worker")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(northList).contains(id);
		String eastList = mvc.perform(get("/api/v1/children").with(as("ale.worker")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(eastList).doesNotContain(id).doesNotContain(lastName);
	}

	@Test
	void aBoroughCannotBeGivenToAnAgencyThatDoesNotExist() throws Exception {
		String code = "E06" + String.format("%06d", ThreadLocalRandom.current().nextInt(800_000, 900_000));
		mvc.perform(post("/admin/organisation/local-authorities").param("code", code)
			.param("name", "Nowhere borough")
			.param("agencyId", "no-such-agency")
			.with(csrf())
			.with(as("admin"))).andExpect(status().is4xxClientError());
		assertThat(directory.localAuthority(new OnsCode(code))).isEmpty();
	}

	private void saveBorough(String code, String name, String agency) throws Exception {
		mvc.perform(post("/admin/organisation/local-authorities").param("code", code)
			.param("name", name)
			.param("agencyId", agency)
			.with(csrf())
			.with(as("admin"))).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/organisation"));
	}

	private String addChild(String username, String borough, String lastName) throws Exception {
		String body = """
				{"borough":"%s","caseReference":"ORG-%s","firstNames":"Rowan","lastName":"%s","dateOfBirth":"2023-05-04",
				 "sex":"1","ethnicity":"WBRI","siblingsToBePlacedWith":0}""".formatted(borough,
				UUID.randomUUID().toString().substring(0, 8), lastName);
		String json = mvc
			.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf()).with(as(username)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	private void assertSees(String username, String id, String lastName) throws Exception {
		String api = mvc.perform(get("/api/v1/children/" + id).with(as(username)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(api).contains(lastName);
		String page = mvc.perform(get("/children/" + id).with(as(username)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(lastName);
	}

	private void assertDoesNotSee(String username, String id, String lastName) throws Exception {
		String api = mvc.perform(get("/api/v1/children/" + id).with(as(username)))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(api).doesNotContain(lastName);
		String page = mvc.perform(get("/children/" + id).with(as(username)))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(lastName);
	}
}
