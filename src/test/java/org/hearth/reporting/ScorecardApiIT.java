package org.hearth.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The adoption scorecard through its API, over thirteen children this test records through the
 * children's API, with dates chosen to hit every edge. The period is the financial year 1 April 2016
 * to 31 March 2017, in which no demo child is adopted; the test checks that the children counted are
 * exactly its own, and removes them afterwards.
 *
 * <p>Worked by hand (days are the plain difference between the dates):
 *
 * <pre>
 * child  borough  entered care  placement order      match        moved in     adoption order  A1   A2   A3 (deadline)         A10
 * C1     Havering 10 Jan 2015   1 Jun 2015           31 Aug 2015  15 Sep 2015  1 Apr 2016     248   91  yes (10 Mar 2016)     248
 *                 first day of the period: counted
 * C2     Havering 1 Feb 2015    1 May 2015           1 Apr 2015   11 May 2015  31 Mar 2017     99    0  yes (1 Apr 2016)       99
 *                 matched before the placement order: 0 days; last day of the period: counted
 * C3     Havering 1 Mar 2015    consent 15 Apr 2015  1 Jun 2015   10 Jun 2015  1 Jun 2016     101    -  yes (1 May 2016)      101
 *                 consent to placement, no placement order: left out of A2
 * C4     Havering 2 Jun 2014    1 Sep 2015           2 Nov 2015   1 Dec 2015   1 Sep 2016     547   62  no  (2 Aug 2015)       29
 *                 adopted by foster carers, fostered from 1 Jul 2014: A10 ends there (29 days)
 * C5     Havering 31 Jan 2015   1 Jul 2015           15 Feb 2016  31 Mar 2016  3 Oct 2016     425  229  no  (31 Mar 2016)     425
 *                 moved in on the day exactly 14 months after entering care: not "less than 14 months"
 * C6     Havering 31 Dec 2014   3 Aug 2015           4 Jan 2016   28 Feb 2016  1 Dec 2016     424  154  yes (29 Feb 2016)     424
 *                 14 months from 31 December is clipped to 29 February 2016; moved in the day before
 * C7     Havering 5 Jan 2015    1 Apr 2015           1 Jun 2015   1 Jul 2015   31 Mar 2016    adopted the day before the period: not counted
 * C8     Havering 1 Jun 2015    1 Oct 2015           4 Jan 2016   1 Feb 2016   1 Apr 2017     adopted the day after the period: not counted
 * C9     Newham   3 Nov 2014    16 Feb 2015          14 Sep 2015  5 Oct 2015   4 Jul 2016     336  210  yes (3 Jan 2016)      336
 * C10    Newham   1 Apr 2015    3 Aug 2015           1 Dec 2015   4 Jan 2016   1 Nov 2016     278  120  yes (1 Jun 2016)      278
 * C11    Havering 1 May 2015    1 Sep 2015           (none)       1 Dec 2015   9 Jan 2017     214    -  yes (1 Jul 2016)      214
 *                 no match decision: left out of A2
 * C12    Havering (none)        2 Mar 2015           1 May 2015   1 Jun 2015   3 May 2016       -   60  -                        -
 *                 no date entered care: left out of A1, A3 and A10
 * C13    Havering 1 Sep 2014    15 Jun 2015 (and     1 Oct 2015   11 Jan 2016  1 Feb 2017     497  108  no  (1 Nov 2015)      497
 *                 consent 16 Mar 2015: the placement order is the court authority)
 *
 * Havering (C1-C6, C11-C13):
 *   A1  = (248+99+101+547+425+424+214+497) / 8 = 2555 / 8 = 319.375      -> 319 days
 *   A2  = (91+0+62+229+154+60+108) / 7         = 704 / 7  = 100.57...    -> 101 days
 *   A3  = C1, C2, C3, C6, C11 of 8             = 5 / 8    = 62.5 %       -> 63 % (halves up)
 *   A10 = (248+99+101+29+425+424+214+497) / 8  = 2037 / 8 = 254.625      -> 255 days
 * Adopt London East (Havering and Newham's C9, C10):
 *   A1  = (2555+336+278) / 10 = 3169 / 10 = 316.9                        -> 317 days
 *   A2  = (704+210+120) / 9   = 1034 / 9  = 114.89...                    -> 115 days
 *   A3  = 7 / 10                                                         -> 70 %
 *   A10 = (2037+336+278) / 10 = 2651 / 10 = 265.1                        -> 265 days
 * Tower Hamlets: no child adopted in the period: every measure cannot be computed.
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardApiIT extends IntegrationTest {

	static final String HAVERING = "E09000016";

	static final String NEWHAM = "E09000025";

	static final String TOWER_HAMLETS = "E09000030";

	static final String PERIOD = "from=2016-04-01&to=2017-03-31";

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	private final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	void recordTheChildren() throws Exception {
		child("C1", HAVERING, "ENTERED_CARE 2015-01-10", "SHOULD_BE_PLACED_DECISION 2015-05-01",
				"PLACEMENT_ORDER 2015-06-01", "MATCH_DECISION 2015-08-31", "PLACED_FOR_ADOPTION 2015-09-15",
				"ADOPTION_ORDER 2016-04-01");
		child("C2", HAVERING, "ENTERED_CARE 2015-02-01", "SHOULD_BE_PLACED_DECISION 2015-03-02",
				"MATCH_DECISION 2015-04-01", "PLACEMENT_ORDER 2015-05-01", "PLACED_FOR_ADOPTION 2015-05-11",
				"ADOPTION_ORDER 2017-03-31");
		child("C3", HAVERING, "ENTERED_CARE 2015-03-01", "SHOULD_BE_PLACED_DECISION 2015-04-01",
				"CONSENT_TO_PLACEMENT 2015-04-15", "MATCH_DECISION 2015-06-01", "PLACED_FOR_ADOPTION 2015-06-10",
				"ADOPTION_ORDER 2016-06-01");
		child("C4", HAVERING, "ENTERED_CARE 2014-06-02", "FOSTERED_BY_THE_ADOPTERS 2014-07-01",
				"SHOULD_BE_PLACED_DECISION 2015-06-01", "PLACEMENT_ORDER 2015-09-01", "MATCH_DECISION 2015-11-02",
				"PLACED_FOR_ADOPTION 2015-12-01", "ADOPTION_ORDER 2016-09-01");
		child("C5", HAVERING, "ENTERED_CARE 2015-01-31", "SHOULD_BE_PLACED_DECISION 2015-06-01",
				"PLACEMENT_ORDER 2015-07-01", "MATCH_DECISION 2016-02-15", "PLACED_FOR_ADOPTION 2016-03-31",
				"ADOPTION_ORDER 2016-10-03");
		child("C6", HAVERING, "ENTERED_CARE 2014-12-31", "SHOULD_BE_PLACED_DECISION 2015-06-01",
				"PLACEMENT_ORDER 2015-08-03", "MATCH_DECISION 2016-01-04", "PLACED_FOR_ADOPTION 2016-02-28",
				"ADOPTION_ORDER 2016-12-01");
		child("C7", HAVERING, "ENTERED_CARE 2015-01-05", "SHOULD_BE_PLACED_DECISION 2015-03-02",
				"PLACEMENT_ORDER 2015-04-01", "MATCH_DECISION 2015-06-01", "PLACED_FOR_ADOPTION 2015-07-01",
				"ADOPTION_ORDER 2016-03-31");
		child("C8", HAVERING, "ENTERED_CARE 2015-06-01", "SHOULD_BE_PLACED_DECISION 2015-09-01",
				"PLACEMENT_ORDER 2015-10-01", "MATCH_DECISION 2016-01-04", "PLACED_FOR_ADOPTION 2016-02-01",
				"ADOPTION_ORDER 2017-04-01");
		child("C9", NEWHAM, "ENTERED_CARE 2014-11-03", "SHOULD_BE_PLACED_DECISION 2015-02-02",
				"PLACEMENT_ORDER 2015-02-16", "MATCH_DECISION 2015-09-14", "PLACED_FOR_ADOPTION 2015-10-05",
				"ADOPTION_ORDER 2016-07-04");
		child("C10", NEWHAM, "ENTERED_CARE 2015-04-01", "SHOULD_BE_PLACED_DECISION 2015-07-01",
				"PLACEMENT_ORDER 2015-08-03", "MATCH_DECISION 2015-12-01", "PLACED_FOR_ADOPTION 2016-01-04",
				"ADOPTION_ORDER 2016-11-01");
		child("C11", HAVERING, "ENTERED_CARE 2015-05-01", "SHOULD_BE_PLACED_DECISION 2015-08-03",
				"PLACEMENT_ORDER 2015-09-01", "PLACED_FOR_ADOPTION 2015-12-01", "ADOPTION_ORDER 2017-01-09");
		child("C12", HAVERING, "SHOULD_BE_PLACED_DECISION 2015-02-02", "PLACEMENT_ORDER 2015-03-02",
				"MATCH_DECISION 2015-05-01", "PLACED_FOR_ADOPTION 2015-06-01", "ADOPTION_ORDER 2016-05-03");
		child("C13", HAVERING, "ENTERED_CARE 2014-09-01", "SHOULD_BE_PLACED_DECISION 2015-03-02",
				"CONSENT_TO_PLACEMENT 2015-03-16", "PLACEMENT_ORDER 2015-06-15", "MATCH_DECISION 2015-10-01",
				"PLACED_FOR_ADOPTION 2016-01-11", "ADOPTION_ORDER 2017-02-01");
	}

	@AfterAll
	void removeTheChildren() {
		var children = ids.values().stream().map(UUID::fromString).toList();
		jdbc.sql("DELETE FROM journey_entry WHERE child_id IN (:ids)").param("ids", children).update();
		jdbc.sql("DELETE FROM child WHERE id IN (:ids)").param("ids", children).update();
	}

	@Test
	void aBoroughsScorecardCountsTheChildrenAdoptedInThePeriodAsWorkedByHand() throws Exception {
		String json = scorecard("ale.head", PERIOD + "&borough=" + HAVERING);
		assertThat(JsonPath.<Integer>read(json, "$.childrenAdopted")).isEqualTo(9);
		assertThat(value(json, "A1")).isEqualTo(319);
		assertThat(value(json, "A2")).isEqualTo(101);
		assertThat(value(json, "A3")).isEqualTo(63);
		assertThat(value(json, "A10")).isEqualTo(255);
		assertThat(field(json, "A3", "numerator")).isEqualTo(5);
		assertThat(field(json, "A3", "denominator")).isEqualTo(8);
		assertThat(field(json, "A1", "unit")).isEqualTo("days");
		assertThat(field(json, "A3", "unit")).isEqualTo("percent");
		assertThat(field(json, "A1", "numerator")).isNull();
	}

	@Test
	void eachFigureListsExactlyTheChildrenItCountsWithTheirDays() throws Exception {
		String json = scorecard("ale.head", PERIOD + "&borough=" + HAVERING);
		assertThat(counted(json, "A1")).containsExactlyInAnyOrderEntriesOf(Map.of("C1", 248, "C2", 99, "C3", 101,
				"C4", 547, "C5", 425, "C6", 424, "C11", 214, "C13", 497));
		assertThat(counted(json, "A2")).containsExactlyInAnyOrderEntriesOf(Map.of("C1", 91, "C2", 0, "C4", 62,
				"C5", 229, "C6", 154, "C12", 60, "C13", 108));
		assertThat(counted(json, "A10")).containsEntry("C4", 29).hasSize(8);
		List<String> within = JsonPath.read(json, "$.measures[?(@.code=='A3')].counted[?(@.inNumerator==true)].reference");
		assertThat(within).containsExactlyInAnyOrder(ref("C1"), ref("C2"), ref("C3"), ref("C6"), ref("C11"));
	}

	@Test
	void theChildrenLeftOutAreListedWithTheReason() throws Exception {
		String json = scorecard("ale.head", PERIOD + "&borough=" + HAVERING);
		assertThat(excluded(json, "A2")).containsOnlyKeys("C3", "C11");
		assertThat(excluded(json, "A2").get("C3")).contains("consent to placement");
		assertThat(excluded(json, "A2").get("C11")).contains("No match decision");
		assertThat(excluded(json, "A1")).containsOnlyKeys("C12");
		assertThat(excluded(json, "A1").get("C12")).contains("entered care");
		assertThat(excluded(json, "A3")).containsOnlyKeys("C12");
		assertThat(excluded(json, "A10")).containsOnlyKeys("C12");
	}

	@Test
	void theAgencysScorecardCountsEveryBoroughItServes() throws Exception {
		String json = scorecard("ale.head", PERIOD + "&agency=adopt-london-east");
		assertThat(JsonPath.<String>read(json, "$.scope.kind")).isEqualTo("AGENCY");
		assertThat(value(json, "A1")).isEqualTo(317);
		assertThat(value(json, "A2")).isEqualTo(115);
		assertThat(value(json, "A3")).isEqualTo(70);
		assertThat(value(json, "A10")).isEqualTo(265);
		assertThat(counted(json, "A1")).hasSize(10).containsEntry("C9", 336).containsEntry("C10", 278);
		String whole = scorecard("ale.head", PERIOD);
		assertThat(value(whole, "A2")).isEqualTo(115);
	}

	@Test
	void aBoroughWithNoOneAdoptedInThePeriodCannotBeComputedAndSaysWhy() throws Exception {
		mvc.perform(get("/api/v1/reports/scorecard?" + PERIOD + "&borough=" + TOWER_HAMLETS).with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.childrenAdopted").value(0))
			.andExpect(jsonPath("$.measures.length()").value(4))
			.andExpect(jsonPath("$.measures[0].cannotBeComputed").value(true))
			.andExpect(jsonPath("$.measures[0].value").doesNotExist())
			.andExpect(jsonPath("$.measures[0].reason", containsString("No child of Tower Hamlets")))
			.andExpect(jsonPath("$.measures[2].reason", containsString("no one to count")));
	}

	@Test
	void thresholdsAreTheDatedOnesForThePeriod() throws Exception {
		String json = scorecard("ale.head", PERIOD + "&borough=" + HAVERING);
		assertThat(JsonPath.<List<Integer>>read(json, "$.measures[?(@.code=='A1')].threshold.days")).containsExactly(426);
		assertThat(JsonPath.<List<Boolean>>read(json, "$.measures[?(@.code=='A1')].threshold.met")).containsExactly(true);
		assertThat(JsonPath.<List<Integer>>read(json, "$.measures[?(@.code=='A2')].threshold.days")).containsExactly(121);
		String early = scorecard("ale.head", "from=2012-04-01&to=2014-03-31&borough=" + HAVERING);
		assertThat(JsonPath.<List<Integer>>read(early, "$.measures[?(@.code=='A1')].threshold.days")).containsExactly(547);
	}

	@Test
	void boardMembersAndHubAnalystsSeeTheFiguresButNotTheChildren() throws Exception {
		for (String user : List.of("ale.board", "hub.analyst")) {
			String json = scorecard(user, PERIOD + "&borough=" + HAVERING);
			assertThat(value(json, "A1")).isEqualTo(319);
			assertThat(JsonPath.<Boolean>read(json, "$.recordsShown")).isFalse();
			assertThat(JsonPath.<Integer>read(json, "$.measures[0].countedCount")).isEqualTo(8);
			assertThat(json).doesNotContain(ref("C1")).doesNotContain(ids.get("C1")).doesNotContain("\"reference\"");
		}
		String hub = scorecard("hub.analyst", PERIOD);
		assertThat(JsonPath.<String>read(hub, "$.scope.kind")).isEqualTo("HUB");
	}

	@Test
	void viewingTheChildrenBehindTheFiguresIsInTheAuditTrail() throws Exception {
		long before = scorecardViews();
		scorecard("ale.head", PERIOD + "&borough=" + HAVERING);
		assertThat(scorecardViews()).isEqualTo(before + 1);
	}

	@Test
	void aRoleWithoutFiguresIsRefusedAndAnotherAgencysBoroughDoesNotExist() throws Exception {
		mvc.perform(get("/api/v1/reports/scorecard?" + PERIOD).with(as("ale.worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports/scorecard?" + PERIOD + "&borough=E09000019").with(as("ale.head")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/scorecard?" + PERIOD + "&agency=adopt-london-north").with(as("ale.board")))
			.andExpect(status().isNotFound());
	}

	@Test
	void badParametersAnswer400NamingTheField() throws Exception {
		expectBadRequest("to=2017-03-31", "from");
		expectBadRequest("from=2016-13-01&to=2017-03-31", "from");
		expectBadRequest("from=2016-04-01&to=31/03/2017", "to");
		expectBadRequest("from=2017-04-01&to=2017-03-31", "to");
		expectBadRequest(PERIOD + "&borough=Havering", "borough");
		expectBadRequest(PERIOD + "&agency=Adopt London East", "agency");
		expectBadRequest(PERIOD + "&borough=" + HAVERING + "&agency=adopt-london-east", "agency");
	}

	private void expectBadRequest(String query, String field) throws Exception {
		mvc.perform(get("/api/v1/reports/scorecard?" + query).with(as("ale.head")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private long scorecardViews() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'ale.head' AND summary LIKE 'Adoption scorecard viewed for Havering%'")
			.query(Long.class)
			.single();
	}

	private String ref(String name) {
		return "SC-" + run + "-" + name;
	}

	private String scorecard(String user, String query) throws Exception {
		return mvc.perform(get("/api/v1/reports/scorecard?" + query).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Integer value(String json, String code) {
		return (Integer) field(json, code, "value");
	}

	private static Object field(String json, String code, String field) {
		List<Object> found = JsonPath.read(json, "$.measures[?(@.code=='" + code + "')]." + field);
		return found.isEmpty() ? null : found.get(0);
	}

	/** The children a measure counts, by their name in this test, with their days. */
	private Map<String, Integer> counted(String json, String code) {
		List<Map<String, Object>> rows = JsonPath.read(json, "$.measures[?(@.code=='" + code + "')].counted[*]");
		var byName = new LinkedHashMap<String, Integer>();
		rows.forEach(row -> byName.put(nameOf(row), ((Number) row.get("days")).intValue()));
		return byName;
	}

	private Map<String, String> excluded(String json, String code) {
		List<Map<String, Object>> rows = JsonPath.read(json, "$.measures[?(@.code=='" + code + "')].excluded[*]");
		var byName = new LinkedHashMap<String, String>();
		rows.forEach(row -> byName.put(nameOf(row), (String) row.get("reason")));
		return byName;
	}

	/** The test's name for a child (C1 to C13), or its reference when it is not one of the test's. */
	private String nameOf(Map<String, Object> row) {
		String reference = (String) row.get("reference");
		String prefix = "SC-" + run + "-";
		if (reference.startsWith(prefix) && ids.get(reference.substring(prefix.length())).equals(row.get("childId"))) {
			return reference.substring(prefix.length());
		}
		return reference;
	}

	private void child(String name, String borough, String... events) throws Exception {
		String body = """
				{"borough":"%s","caseReference":"%s","firstNames":"Scorecard","lastName":"Child %s","dateOfBirth":"2014-01-02",
				 "sex":"1","ethnicity":"WBRI","siblingsToBePlacedWith":0}""".formatted(borough, ref(name), name);
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
			.with(as("ale.worker"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		ids.put(name, JsonPath.read(json, "$.summary.id"));
		var recorded = new ArrayList<String>();
		for (String event : events) {
			String[] parts = event.split(" ");
			mvc.perform(post("/api/v1/children/" + ids.get(name) + "/events").contentType("application/json")
				.content("{\"type\":\"" + parts[0] + "\",\"date\":\"" + parts[1] + "\"}").with(csrf()).with(as("ale.worker")))
				.andExpect(status().isCreated());
			recorded.add(event);
		}
		assertThat(recorded).hasSize(events.length);
	}
}
