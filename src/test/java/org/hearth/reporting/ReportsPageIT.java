package org.hearth.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * The reports page: the scorecard for a chosen period and scope, the children behind it for staff who
 * may see them, and its CSV download. Over two Havering children this test records, adopted in the
 * financial year ending 31 March 2014 (no demo child is):
 * R1 entered care 1 March 2012, placement order 1 August 2012, matched 1 October 2012 (61 days),
 * moved in 1 November 2012 (245 days after entering care); R2 entered care 1 April 2012, consent to
 * placement 1 September 2012, matched 1 October 2012, moved in 1 December 2012 (244 days).
 * A1 = (245 + 244) / 2 = 244.5, rounded halves up to 245 days; A2 = 61 days (R2 left out).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsPageIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	private final List<String> ids = new ArrayList<>();

	@BeforeAll
	void recordTheChildren() throws Exception {
		child("R1", "ENTERED_CARE 2012-03-01", "SHOULD_BE_PLACED_DECISION 2012-07-02", "PLACEMENT_ORDER 2012-08-01",
				"MATCH_DECISION 2012-10-01", "PLACED_FOR_ADOPTION 2012-11-01", "ADOPTION_ORDER 2013-06-03");
		child("R2", "ENTERED_CARE 2012-04-01", "SHOULD_BE_PLACED_DECISION 2012-08-01", "CONSENT_TO_PLACEMENT 2012-09-01",
				"MATCH_DECISION 2012-10-01", "PLACED_FOR_ADOPTION 2012-12-01", "ADOPTION_ORDER 2014-03-31");
	}

	@AfterAll
	void removeTheChildren() {
		var children = ids.stream().map(UUID::fromString).toList();
		jdbc.sql("DELETE FROM journey_entry WHERE child_id IN (:ids)").param("ids", children).update();
		jdbc.sql("DELETE FROM child WHERE id IN (:ids)").param("ids", children).update();
	}

	@Test
	void theReportsPageLeadsToTheScorecard() throws Exception {
		mvc.perform(get("/reports").with(as("ale.head"))).andExpect(redirectedUrl("/reports/scorecard"));
	}

	@Test
	void theScorecardPageShowsTheFiguresAndTheChildrenBehindThemForStaffWhoMaySeeThem() throws Exception {
		mvc.perform(get("/reports/scorecard").param("year", "2014").param("scope", "borough:E09000016").with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Havering, 1 April 2013 to 31 March 2014")))
			.andExpect(content().string(containsString("245 days")))
			.andExpect(content().string(containsString("61 days")))
			.andExpect(content().string(containsString(ref("R1"))))
			.andExpect(content().string(containsString("consent to placement (section 19)")));
	}

	@Test
	void aBoardMemberSeesTheFiguresButNoChild() throws Exception {
		mvc.perform(get("/reports/scorecard").param("year", "2014").param("scope", "borough:E09000016").with(as("ale.board")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("245 days")))
			.andExpect(content().string(not(containsString(ref("R1")))))
			.andExpect(content().string(containsString("figures only")));
	}

	@Test
	void aYearThatCannotBeUsedIsShownInTheErrorSummaryWith400() throws Exception {
		mvc.perform(get("/reports/scorecard").param("year", "twenty").with(as("ale.head")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose the year the period ends")));
		mvc.perform(get("/reports/scorecard").param("year", "2014").param("years", "2").with(as("ale.head")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose one financial year or three")));
	}

	@Test
	void anotherAgencysBoroughIsNotFoundAndARoleWithoutFiguresIsRefused() throws Exception {
		mvc.perform(get("/reports/scorecard").param("year", "2014").param("scope", "borough:E09000019").with(as("ale.head")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/scorecard").with(as("ale.worker"))).andExpect(status().isForbidden());
	}

	@Test
	void downloadingTheChildrenBehindTheScorecardNeedsAReasonAndIsAudited() throws Exception {
		mvc.perform(post("/reports/scorecard/export").param("year", "2014").param("scope", "borough:E09000016")
			.with(csrf()).with(as("ale.head")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter why you are downloading the scorecard")));
		long before = exports("ale.head");
		String csv = mvc.perform(post("/reports/scorecard/export").param("year", "2014").param("scope", "borough:E09000016")
			.param("reason", "Board report").with(csrf()).with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("A1,").contains(",245,days,").contains(ref("R1"));
		assertThat(exports("ale.head")).isEqualTo(before + 1);
	}

	@Test
	void aBoardMembersDownloadHasTheFiguresOnly() throws Exception {
		String csv = mvc.perform(post("/reports/scorecard/export").param("year", "2014").param("scope", "borough:E09000016")
			.with(csrf()).with(as("ale.board")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains(",245,days,").doesNotContain(ref("R1")).doesNotContain(ref("R2"));
	}

	private long exports(String actor) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :actor AND reason = 'Board report' AND summary LIKE 'Adoption scorecard downloaded%'")
			.param("actor", actor).query(Long.class).single();
	}

	private String ref(String name) {
		return "RP-" + run + "-" + name;
	}

	private void child(String name, String... events) throws Exception {
		String body = """
				{"borough":"E09000016","caseReference":"%s","firstNames":"Report","lastName":"Child","dateOfBirth":"2011-05-02",
				 "sex":"2","ethnicity":"WBRI","siblingsToBePlacedWith":0}""".formatted(ref(name));
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
			.with(as("ale.worker"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.summary.id");
		ids.add(id);
		for (String event : events) {
			String[] parts = event.split(" ");
			mvc.perform(post("/api/v1/children/" + id + "/events").contentType("application/json")
				.content("{\"type\":\"" + parts[0] + "\",\"date\":\"" + parts[1] + "\"}").with(csrf()).with(as("ale.worker")))
				.andExpect(status().isCreated());
		}
	}
}
