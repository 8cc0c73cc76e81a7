package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front door and the household pages, through the web as staff and the public use them. */
class HouseholdPagesIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private long count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			statement = statement.param(i + 1, params[i]);
		}
		return statement.query(Long.class).single();
	}

	@Test
	void aPublicEnquiryNeedsNoAccountIsAcknowledgedAtOnceAndARepeatRecordedByStaffJoinsTheSameHousehold() throws Exception {
		String email = "morgan.frontdoor." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(get("/enquire")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Enquire about adopting")));
		mvc.perform(post("/enquire").with(csrf()).param("name", "Morgan Frontdoor")
			.param("email", email).param("boroughCode", "E09000025").param("source", "RADIO")
			.param("campaign", "Spring radio"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/enquire/thank-you"));
		var household = jdbc.sql("SELECT id, agency_id FROM household WHERE email = ?").param(email)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		assertThat(household[1]).as("Newham is served by Adopt London East").isEqualTo("adopt-london-east");
		assertThat(count("SELECT COUNT(*) FROM notification WHERE channel = 'EMAIL' AND recipient = ? AND about_id = ?",
				email, household[0])).isEqualTo(1);

		// the same person by phone, recorded by business support, with the address in capitals
		mvc.perform(post("/households/enquiries").with(as("ale.support")).with(csrf()).param("name", "Morgan Frontdoor")
			.param("email", email.toUpperCase()).param("boroughCode", "E09000025").param("source", "POSTER")
			.param("via", "PHONE"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/households/" + household[0]));
		assertThat(count("SELECT COUNT(*) FROM household WHERE LOWER(email) = ?", email)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM enquiry WHERE household_id = ? AND duplicate = TRUE", UUID.fromString(household[0])))
			.isEqualTo(1);
	}

	@Test
	void aBadEnquiryShowsTheErrorSummaryKeepsWhatWasTypedAndSavesNothing() throws Exception {
		long before = count("SELECT COUNT(*) FROM household");
		mvc.perform(post("/enquire").with(csrf()).param("name", "Sky Halfway").param("email", "not-an-address"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Select how you heard about adopting with us")))
			.andExpect(content().string(containsString("value=\"Sky Halfway\"")));
		assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(before);
	}

	@Test
	void anExpiredDbsCheckBlocksReadyForPanelNamingTheCheckAndThePerson() throws Exception {
		String id = jdbc.sql("""
				SELECT h.id FROM household h JOIN statutory_check c ON c.household_id = h.id
				WHERE h.agency_id = 'adopt-london-east' AND c.kind = 'ENHANCED_DBS' AND c.expires_on < CURRENT_DATE
				AND h.stage2_started_on IS NOT NULL AND h.ready_for_panel_on IS NULL""").query(String.class).list().get(0);
		String person = jdbc.sql("""
				SELECT a.name FROM applicant a JOIN statutory_check c ON c.person_id = a.id
				WHERE c.household_id = ? AND c.kind = 'ENHANCED_DBS' AND c.expires_on < CURRENT_DATE""")
			.param(UUID.fromString(id)).query(String.class).single();
		LocalDate expired = jdbc.sql("SELECT MAX(expires_on) FROM statutory_check WHERE household_id = ? AND kind = 'ENHANCED_DBS' AND expires_on < CURRENT_DATE")
			.param(UUID.fromString(id)).query(LocalDate.class).single();
		mvc.perform(post("/households/" + id + "/steps/ready-for-panel").with(as("ale.worker")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The enhanced DBS check for " + person + " expired on "
					+ expired.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
					+ ". Request a new one before panel.")));
		assertThat(count("SELECT COUNT(*) FROM household WHERE id = ? AND ready_for_panel_on IS NULL", UUID.fromString(id))).isEqualTo(1);
	}

	@Test
	void anotherAgencysHouseholdIsNotFoundAndBoroughStaffSeeNoHouseholds() throws Exception {
		String north = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-north' ORDER BY reference LIMIT 1")
			.query(String.class).single();
		mvc.perform(get("/households/" + north).with(as("ale.worker"))).andExpect(status().isNotFound());
		mvc.perform(get("/households/" + north).with(as("aln.worker"))).andExpect(status().isOk());
		mvc.perform(get("/households").with(as("havering.worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/" + north).with(as("ale.worker"))).andExpect(status().isNotFound());
		mvc.perform(get("/").with(as("havering.worker"))).andExpect(content().string(not(containsString("href=\"/households\""))));
	}

	@Test
	void viewingAHouseholdIsAuditedWithoutSpecialCategoryData() throws Exception {
		String id = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' AND approved_on IS NOT NULL ORDER BY reference LIMIT 1")
			.query(String.class).single();
		String views = "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'household' AND subject_id = ? AND action = 'VIEWED' AND actor = 'ale.manager'";
		long before = count(views, id);
		mvc.perform(get("/households/" + id).with(as("ale.manager"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("The journey")));
		assertThat(count(views, id)).isEqualTo(before + 1);
		mvc.perform(post("/households/" + id + "/steps/contact").with(as("ale.worker")).with(csrf())
			.param("day", String.valueOf(LocalDate.now().getDayOfMonth())).param("month", String.valueOf(LocalDate.now().getMonthValue()))
			.param("year", String.valueOf(LocalDate.now().getYear())).param("detail", "Home visit"))
			.andExpect(status().is3xxRedirection());
		var states = jdbc.sql("SELECT COALESCE(summary, '') || COALESCE(before_state, '') || COALESCE(after_state, '') FROM audit_event WHERE subject_id = ?")
			.param(id).query(String.class).list();
		assertThat(String.join(" ", states)).doesNotContain("WBRI", "HETEROSEXUAL", "ethnicity", "sexuality", "religion");
	}

	@Test
	void textLongerThanItsFieldIsRefusedByNameNotFailedOnSaving() throws Exception {
		String id = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' AND approved_on IS NOT NULL ORDER BY reference LIMIT 1")
			.query(String.class).single();
		long notes = count("SELECT COUNT(*) FROM household_log WHERE household_id = ?", UUID.fromString(id));
		mvc.perform(post("/households/" + id + "/steps/contact").with(as("ale.worker")).with(csrf())
			.param("day", String.valueOf(LocalDate.now().getDayOfMonth())).param("month", String.valueOf(LocalDate.now().getMonthValue()))
			.param("year", String.valueOf(LocalDate.now().getYear())).param("detail", "x".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("What was said must be 1,000 characters or fewer")));
		assertThat(count("SELECT COUNT(*) FROM household_log WHERE household_id = ?", UUID.fromString(id))).isEqualTo(notes);
		long households = count("SELECT COUNT(*) FROM household");
		mvc.perform(post("/enquire").with(csrf()).param("name", "Long Campaign").param("email", "long.campaign@example.org")
			.param("boroughCode", "E09000025").param("source", "RADIO").param("campaign", "c".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The campaign must be 200 characters or fewer")))
			.andExpect(content().string(containsString("value=\"Long Campaign\"")));
		assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(households);
	}

	@Test
	void aDateInTheFutureOrNotARealDateIsRefusedAndNothingIsLost() throws Exception {
		String id = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' AND roi_accepted_on IS NOT NULL AND stage1_decision_on IS NULL AND left_on IS NULL ORDER BY reference LIMIT 1")
			.query(String.class).single();
		mvc.perform(post("/households/" + id + "/steps/stage-1-plan").with(as("ale.worker")).with(csrf())
			.param("day", "31").param("month", "2").param("year", "2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be a real date")));
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		mvc.perform(post("/households/" + id + "/steps/stage-1-decision").with(as("ale.worker")).with(csrf())
			.param("day", "" + tomorrow.getDayOfMonth()).param("month", "" + tomorrow.getMonthValue())
			.param("year", "" + tomorrow.getYear()).param("choice", "SUITABLE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date must be today or in the past")));
		assertThat(count("SELECT COUNT(*) FROM household WHERE id = ? AND stage1_decision_on IS NULL", UUID.fromString(id))).isEqualTo(1);
	}

	@Test
	void onlyTheAgencyDecisionMakerRecordsTheDecision() throws Exception {
		String id = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' ORDER BY reference LIMIT 1")
			.query(String.class).single();
		mvc.perform(post("/households/" + id + "/agency-decision").with(as("ale.worker")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/households/" + id + "/panel").with(as("ale.adm")).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theApiListsTheAgencysHouseholdsAndIsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/api/v1/households").with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"stage\"")));
		mvc.perform(get("/api/v1/openapi").with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/households/{id}/checks")))
			.andExpect(content().string(containsString("/api/v1/adopters/workload")));
	}

	@Test
	void aHouseholdIsBookedOnAnInformationEventAndComingCountsAsContact() throws Exception {
		LocalDate today = LocalDate.now();
		String title = "Small evening talk " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/households/events").with(as("ale.support")).with(csrf()).param("title", title)
			.param("place", "Library").param("capacity", "1").param("day", "" + today.getDayOfMonth())
			.param("month", "" + today.getMonthValue()).param("year", "" + today.getYear()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/households/events").with(as("ale.support")).with(csrf()).param("title", "No places")
			.param("place", "Library").param("capacity", "none"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter how many places there are, as a number")));
		String event = jdbc.sql("SELECT id FROM information_event WHERE title = ?").param(title).query(String.class).single();
		var ids = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' AND roi_accepted_on IS NULL AND left_on IS NULL ORDER BY reference LIMIT 2")
			.query(String.class).list();
		mvc.perform(post("/households/" + ids.get(0) + "/steps/booking").with(as("ale.worker")).with(csrf()).param("choice", event))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/households/" + ids.get(1) + "/steps/booking").with(as("ale.worker")).with(csrf()).param("choice", event))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The event is full (1 places)")));
		mvc.perform(post("/households/" + ids.get(0) + "/steps/attended").with(as("ale.worker")).with(csrf()).param("choice", event))
			.andExpect(status().is3xxRedirection());
		assertThat(count("SELECT COUNT(*) FROM household_log WHERE household_id = ? AND kind = 'EVENT' AND on_date = ?",
				UUID.fromString(ids.get(0)), today)).isEqualTo(1);
		mvc.perform(get("/households/events").with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	@Autowired
	org.hearth.adopters.internal.HouseholdRepository repository;

	@Test
	void whenAWorkerLeavesEachOfTheirHouseholdsIsToldOnceWhoTakesOver() throws Exception {
		var moved = new java.util.ArrayList<UUID>();
		for (int i = 0; i < 2; i++) {
			var h = Household.enquiry("R" + UUID.randomUUID().toString().substring(0, 8), "adopt-london-east", "E09000016",
					"Lee Handover " + i, "lee.handover." + i + "@example.org", null, null, LocalDate.now().minusDays(20));
			h.assignWorker("ale.head");
			repository.save(h, java.time.Instant.now());
			moved.add(h.id());
		}
		mvc.perform(post("/households/reassign").with(as("ale.worker")).with(csrf()).param("from", "ale.head")
			.param("to", "ale.manager")).andExpect(status().isForbidden());
		mvc.perform(post("/households/reassign").with(as("ale.manager")).with(csrf()).param("from", "ale.head"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select the worker taking them over")));
		mvc.perform(post("/households/reassign").with(as("ale.manager")).with(csrf()).param("from", "ale.head")
			.param("to", "ale.manager")).andExpect(status().is3xxRedirection());
		for (UUID id : moved) {
			assertThat(count("SELECT COUNT(*) FROM household WHERE id = ? AND named_worker = 'ale.manager'", id)).isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM notification WHERE about_id = ? AND channel = 'EMAIL' AND subject = 'Your social worker' AND body LIKE '%Priya Halloway%'",
					id.toString())).isEqualTo(1);
		}
	}

	@Test
	void theHouseholdsDetailsAreChangedWithTheRulesOfTheForm() throws Exception {
		String id = jdbc.sql("SELECT id FROM household WHERE agency_id = 'adopt-london-east' AND left_on IS NULL ORDER BY reference DESC LIMIT 1")
			.query(String.class).single();
		mvc.perform(post("/households/" + id + "/details").with(as("ale.worker")).with(csrf()).param("contactName", "")
			.param("email", "bad").param("address", "2 Example Road"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("value=\"2 Example Road\"")));
		mvc.perform(post("/households/" + id + "/details").with(as("ale.worker")).with(csrf()).param("contactName", "Alex Newname")
			.param("email", "alex.newname@example.org").param("address", "2 Example Road").param("boroughCode", "E09000025")
			.param("relationship", "CIVIL_PARTNERS"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("SELECT COUNT(*) FROM household WHERE id = ? AND contact_name = 'Alex Newname' AND relationship = 'CIVIL_PARTNERS' AND borough_code = 'E09000025'",
				UUID.fromString(id))).isEqualTo(1);
	}
}
