package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prospective adoptive name never reaches the child's borough: borough staff neither read it on
 * any page, form or API answer, nor write it through the form or the API; such an attempt is audited,
 * and every audited change of it shows the true before and after.
 */
class ProspectiveAdoptiveNameIT extends IntegrationTest {

	private static final String HAVERING = "E09000016";

	@Autowired
	JdbcClient jdbc;

	private String addWithName(String name) throws Exception {
		String body = """
				{"borough":"%s","caseReference":"P-%s","firstNames":"Rowan","lastName":"Ashdown","dateOfBirth":"2023-05-04",
				 "prospectiveAdoptiveName":"%s"}""".formatted(HAVERING, UUID.randomUUID().toString().substring(0, 8), name);
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
			.with(as("ale.worker"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	private String storedName(String id) {
		return jdbc.sql("SELECT prospective_adoptive_name FROM child WHERE id = :id").param("id", UUID.fromString(id))
			.query(String.class).optional().orElse(null);
	}

	private List<String> auditSummaries(String id) {
		return jdbc.sql("SELECT summary FROM audit_event WHERE subject_type = 'child' AND subject_id = :id ORDER BY seq")
			.param("id", id).query(String.class).list();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editForm(String id, String name) {
		return editForm(id, name, "P-" + id.substring(0, 8));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editForm(String id, String name,
			String reference) {
		return post("/children/" + id).param("boroughCode", HAVERING).param("caseReference", reference)
			.param("firstNames", "Rowan").param("lastName", "Ashdown").param("prospectiveAdoptiveName", name)
			.param("day", "4").param("month", "5").param("year", "2023").param("sex", "1").param("ethnicity", "WBRI")
			.param("siblingPlan", "NOT_DECIDED").param("earlyPermanence", "NOT_CONSIDERED").with(csrf());
	}

	@Test
	void boroughStaffDoNotReceiveTheNameOnTheEditPageTheChildPageOrTheApi() throws Exception {
		String id = addWithName("Juniper Hollowell");
		for (String user : List.of("havering.worker", "havering.manager", "havering.adm")) {
			for (String path : List.of("/children/" + id, "/api/v1/children/" + id, "/api/v1/children", "/children")) {
				mvc.perform(get(path).with(as(user)))
					.andExpect(content().string(not(containsString("Juniper Hollowell"))));
			}
		}
		mvc.perform(get("/children/" + id + "/edit").with(as("havering.worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ashdown")))
			.andExpect(content().string(not(containsString("Juniper Hollowell"))))
			.andExpect(content().string(not(containsString("name=\"prospectiveAdoptiveName\""))));
		mvc.perform(get("/children/" + id + "/edit").with(as("ale.worker")))
			.andExpect(content().string(containsString("Juniper Hollowell")));
	}

	@Test
	void aBoroughWorkerPostingTheEditFormCannotOverwriteTheNameAndTheAttemptIsAudited() throws Exception {
		String id = addWithName("Juniper Hollowell");
		mvc.perform(editForm(id, "Overwritten Byborough").with(as("havering.worker")))
			.andExpect(status().is3xxRedirection());
		assertThat(storedName(id)).isEqualTo("Juniper Hollowell");
		assertThat(auditSummaries(id)).anyMatch(s -> s.startsWith("Prospective adoptive name not written"));
		// a borough worker's form without the field keeps the name too
		mvc.perform(editForm(id, "").with(as("havering.worker"))).andExpect(status().is3xxRedirection());
		assertThat(storedName(id)).isEqualTo("Juniper Hollowell");
	}

	@Test
	void aBoroughWorkerAddingAChildThroughTheApiCannotSetTheName() throws Exception {
		String body = """
				{"borough":"%s","caseReference":"P-%s","firstNames":"Rowan","lastName":"Ashdown","dateOfBirth":"2023-05-04",
				 "prospectiveAdoptiveName":"Set Byborough"}""".formatted(HAVERING, UUID.randomUUID().toString().substring(0, 8));
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
			.with(as("havering.worker")))
			.andExpect(status().isCreated())
			.andExpect(content().string(not(containsString("Set Byborough"))))
			.andReturn().getResponse().getContentAsString();
		String id = json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		assertThat(storedName(id)).isNull();
		assertThat(auditSummaries(id)).anyMatch(s -> s.startsWith("Prospective adoptive name not written"));
	}

	@Test
	void changingACaseReferenceToAnotherChildsIsRefusedOnTheFormNotA500() throws Exception {
		String first = addWithName("Juniper Hollowell");
		String second = addWithName("Juniper Hollowell");
		String firstReference = jdbc.sql("SELECT case_reference FROM child WHERE id = :id").param("id", UUID.fromString(first))
			.query(String.class).single();
		mvc.perform(editForm(second, "Juniper Hollowell", firstReference).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is already a child with this case reference in the borough")));
	}

	@Test
	void anAdoptionWorkerChangingTheNameIsAuditedWithTheTrueBeforeAndAfter() throws Exception {
		String id = addWithName("Juniper Hollowell");
		mvc.perform(editForm(id, "Juniper Marchbank").with(as("ale.worker"))).andExpect(status().is3xxRedirection());
		assertThat(storedName(id)).isEqualTo("Juniper Marchbank");
		var row = jdbc.sql("SELECT before_state, after_state FROM audit_event WHERE subject_id = :id AND summary = 'Child''s details changed'")
			.param("id", id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
		assertThat(row.get(0)).contains("Juniper Hollowell").doesNotContain("Juniper Marchbank");
		assertThat(row.get(1)).contains("Juniper Marchbank");
	}
}
