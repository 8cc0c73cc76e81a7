package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Adding a child and recording their journey, through the pages and the API. */
class ChildRecordIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private String reference() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String addThroughTheApi(String username, String borough) throws Exception {
		String body = """
				{"borough":"%s","caseReference":"%s","firstNames":"Test","lastName":"Child","dateOfBirth":"2023-05-04",
				 "sex":"2","ethnicity":"BAFR","siblingsToBePlacedWith":0}""".formatted(borough, reference());
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf()).with(as(username)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	private void record(String id, String type, String date) throws Exception {
		mvc.perform(post("/api/v1/children/" + id + "/events").contentType("application/json")
			.content("{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isCreated());
	}

	@Test
	void theStageFollowsTheEventsRecordedThroughTheApi() throws Exception {
		String id = addThroughTheApi("ale.worker", "E09000016");
		record(id, "ENTERED_CARE", "2024-01-10");
		record(id, "SHOULD_BE_PLACED_DECISION", "2024-06-03");
		mvc.perform(get("/api/v1/children/" + id).with(as("ale.worker"))).andExpect(jsonPath("$.summary.stage").value("ADM"));
		record(id, "PLACEMENT_ORDER", "2024-09-12");
		mvc.perform(get("/api/v1/children/" + id).with(as("ale.worker")))
			.andExpect(jsonPath("$.summary.stage").value("FAMILY_FINDING"))
			.andExpect(jsonPath("$.journey.length()").value(3));
	}

	@Test
	void aPlacementOrderBeforeTheDecisionIsRefusedNamingBothDates() throws Exception {
		String id = addThroughTheApi("ale.worker", "E09000016");
		record(id, "SHOULD_BE_PLACED_DECISION", "2024-06-03");
		mvc.perform(post("/api/v1/children/" + id + "/events").contentType("application/json")
			.content("{\"type\":\"PLACEMENT_ORDER\",\"date\":\"2024-05-01\"}").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("1 May 2024")))
			.andExpect(jsonPath("$.detail", containsString("3 June 2024")));
		mvc.perform(post("/children/" + id + "/events").param("type", "PLACEMENT_ORDER").param("day", "1")
			.param("month", "5").param("year", "2024").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("1 May 2024")))
			.andExpect(content().string(containsString("3 June 2024")));
		long stored = jdbc.sql("SELECT COUNT(*) FROM journey_entry WHERE child_id = :id").param("id", UUID.fromString(id)).query(Long.class).single();
		assertThat(stored).isEqualTo(1);
	}

	@Test
	void aDateThatIsNotRealIsRefusedWithAGovukMessageAndWhatWasTypedIsKept() throws Exception {
		String id = addThroughTheApi("ale.worker", "E09000016");
		mvc.perform(post("/children/" + id + "/events").param("type", "ENTERED_CARE").param("day", "31")
			.param("month", "2").param("year", "2024").param("note", "kept note").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date it happened must be a real date")))
			.andExpect(content().string(containsString("kept note")));
	}

	@Test
	void aCorrectionIsANewEntryWithAReasonAndTheTimelineKeepsBoth() throws Exception {
		String id = addThroughTheApi("ale.worker", "E09000016");
		record(id, "ENTERED_CARE", "2024-01-10");
		String entry = jdbc.sql("SELECT id FROM journey_entry WHERE child_id = :id").param("id", UUID.fromString(id)).query(UUID.class).single().toString();
		mvc.perform(post("/children/" + id + "/corrections").param("entry", entry).param("action", "date")
			.param("day", "12").param("month", "1").param("year", "2024").param("reason", "typed the wrong day")
			.with(csrf()).with(as("ale.worker")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/children/" + id).with(as("ale.worker")))
			.andExpect(jsonPath("$.journey.length()").value(2))
			.andExpect(jsonPath("$.journey[1].correctionReason").value("typed the wrong day"))
			.andExpect(jsonPath("$.journey[0].effective").value(false));
		// a correction with its date missing: the error summary links to the correction form's own date
		mvc.perform(post("/children/" + id + "/corrections").param("entry", entry).param("action", "date")
			.param("reason", "typed the wrong month").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#correction-day\"")));
	}

	@Test
	void addingAChildThroughThePageWithMissingFieldsSaysWhatIsMissing() throws Exception {
		mvc.perform(post("/children").param("boroughCode", "E09000016").param("firstNames", "")
			.param("day", "").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the child&#39;s first names")))
			.andExpect(content().string(containsString("Enter the date of birth")));
	}

	@Test
	void addingAChildThroughThePageSavesIt() throws Exception {
		String reference = reference();
		mvc.perform(post("/children").param("boroughCode", "E09000016").param("caseReference", reference)
			.param("firstNames", "Page").param("lastName", "Child").param("day", "4").param("month", "5")
			.param("year", "2023").param("sex", "1").param("ethnicity", "WBRI").param("siblingPlan", "NOT_DECIDED")
			.param("earlyPermanence", "NOT_CONSIDERED").with(csrf()).with(as("ale.worker")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM child WHERE case_reference = :r").param("r", reference).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBoroughWorkerCannotAddAChildToAnotherBorough() throws Exception {
		mvc.perform(post("/api/v1/children").contentType("application/json").with(csrf()).with(as("havering.worker"))
			.content("{\"borough\":\"E09000025\",\"caseReference\":\"X-1\",\"firstNames\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"2023-01-01\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badJsonIsA400ProblemNotA500() throws Exception {
		mvc.perform(post("/api/v1/children").contentType("application/json").content("{not json").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/children").contentType("application/json").content("{\"borough\":\"E09000016\",\"sex\":\"7\",\"caseReference\":\"x\",\"firstNames\":\"a\",\"lastName\":\"b\",\"dateOfBirth\":\"2023-01-01\"}")
			.with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("is not a sex code")));
	}

	@Test
	void theProspectiveAdoptiveNameIsShownToAdoptionStaffOnly() throws Exception {
		String body = """
				{"borough":"E09000016","caseReference":"%s","firstNames":"Kept","lastName":"Apart","dateOfBirth":"2023-05-04",
				 "prospectiveAdoptiveName":"Secret Newname"}""".formatted(reference());
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf()).with(as("ale.worker")))
			.andReturn().getResponse().getContentAsString();
		String id = json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		mvc.perform(get("/children/" + id).with(as("ale.worker"))).andExpect(content().string(containsString("Secret Newname")));
		mvc.perform(get("/children/" + id).with(as("havering.worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Secret Newname"))));
	}
}
