package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class TrackerIT extends IntegrationTest {

	static final String HAVERING = "E09000016";

	static final String NEWHAM = "E09000025";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Children children;

	@Autowired
	Tracker tracker;

	@Autowired
	AuditTrail trail;

	private CurrentUser user(String username) {
		return ((CurrentUsers.HasCurrentUser) users.loadUserByUsername(username)).user();
	}

	private String aChildOf(String borough) {
		return jdbc.sql("SELECT id FROM child WHERE borough_code = :b ORDER BY case_reference LIMIT 1")
			.param("b", borough).query(UUID.class).single().toString();
	}

	/**
	 * The tracker stage of every demo child, counted by borough, against a count made in SQL from the
	 * stored journey entries with the rules of domain.md §5 written out again, and against the annual
	 * report's table that the demo data is shaped on.
	 */
	@Test
	void theStageTableOnDemoDataEqualsAnIndependentSqlCount() {
		// the demo children only: other tests add children of their own
		var demo = new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT child_id FROM journey_entry WHERE recorded_by = 'demo-data'")
			.query(UUID.class).list());
		var rows = tracker.rows(children.tracker(user("ale.head"), "test"), TrackerFilter.none())
			.stream().filter(row -> demo.contains(row.id().value())).toList();
		var table = StageTable.of(Map.of("E09000002", "", HAVERING, "", NEWHAM, "", "E09000030", ""), rows);
		var sql = stagesCountedInSql(tracker.today());
		for (TrackerStage stage : TrackerStage.values()) {
			for (String borough : table.boroughs().keySet()) {
				assertThat(table.count(stage, borough)).as(stage + " in " + borough)
					.isEqualTo(sql.getOrDefault(borough + "/" + stage, 0));
			}
		}
		// the annual report's table: Newham 39, Barking and Dagenham 52, Havering 14, Tower Hamlets 60
		assertThat(table.boroughTotal(NEWHAM)).isEqualTo(39);
		assertThat(table.boroughTotal("E09000002")).isEqualTo(52);
		assertThat(table.boroughTotal(HAVERING)).isEqualTo(14);
		assertThat(table.boroughTotal("E09000030")).isEqualTo(60);
		assertThat(table.count(TrackerStage.FAMILY_FINDING, "E09000030")).isEqualTo(19);
		assertThat(table.count(TrackerStage.MATCHED_PLACED, "E09000002")).isEqualTo(21);
	}

	private Map<String, Integer> stagesCountedInSql(LocalDate today) {
		var counts = new HashMap<String, Integer>();
		jdbc.sql("""
				WITH eff AS (
				  SELECT e.child_id, e.event_type AS t, e.event_date AS d FROM journey_entry e
				  WHERE e.withdrawal = FALSE AND e.event_date <= :today
				    AND NOT EXISTS (SELECT 1 FROM journey_entry c WHERE c.corrects = e.id)),
				plan AS (
				  SELECT c.id, c.borough_code, c.born, c.birth_date,
				    (SELECT MAX(d) FROM eff WHERE eff.child_id = c.id AND t = 'ADOPTION_NO_LONGER_THE_PLAN') AS nlp,
				    (SELECT MAX(d) FROM eff WHERE eff.child_id = c.id AND t = 'SHOULD_BE_PLACED_DECISION') AS sbp
				  FROM child c WHERE c.borough_code IN ('E09000002', 'E09000016', 'E09000025', 'E09000030')
				    AND EXISTS (SELECT 1 FROM journey_entry j WHERE j.child_id = c.id AND j.recorded_by = 'demo-data')),
				started AS (
				  SELECT p.*, CASE WHEN p.nlp IS NULL THEN DATE '1900-01-01' ELSE
				    (SELECT MIN(d) FROM eff WHERE eff.child_id = p.id AND t = 'SHOULD_BE_PLACED_DECISION' AND d > p.nlp) END AS since
				  FROM plan p)
				SELECT borough_code, stage, COUNT(*) AS n FROM (
				  SELECT s.borough_code, CASE
				    WHEN s.nlp IS NOT NULL AND (s.sbp IS NULL OR s.sbp <= s.nlp) THEN 'ADOPTION_NO_LONGER_THE_PLAN'
				    WHEN EXISTS (SELECT 1 FROM eff WHERE eff.child_id = s.id AND d >= s.since AND t = 'ADOPTION_ORDER') THEN 'ADOPTED'
				    WHEN EXISTS (SELECT 1 FROM eff m WHERE m.child_id = s.id AND m.d >= s.since
				        AND m.t IN ('MATCH_DECISION', 'PLACED_FOR_ADOPTION')
				        AND NOT EXISTS (SELECT 1 FROM eff x WHERE x.child_id = s.id AND x.t = 'DISRUPTION_BEFORE_ORDER' AND x.d >= m.d))
				      THEN 'MATCHED_PLACED'
				    WHEN EXISTS (SELECT 1 FROM eff m WHERE m.child_id = s.id AND m.d >= s.since
				        AND m.t IN ('LINKED', 'MATCHING_PANEL')
				        AND NOT EXISTS (SELECT 1 FROM eff x WHERE x.child_id = s.id AND x.t = 'DISRUPTION_BEFORE_ORDER' AND x.d >= m.d))
				      THEN 'PROGRESS_TO_MATCH'
				    WHEN EXISTS (SELECT 1 FROM eff WHERE eff.child_id = s.id AND d >= s.since
				        AND t IN ('FAMILY_FINDING_STARTED', 'PLACEMENT_ORDER', 'DISRUPTION_BEFORE_ORDER')) THEN 'FAMILY_FINDING'
				    WHEN EXISTS (SELECT 1 FROM eff WHERE eff.child_id = s.id AND d >= s.since AND t = 'SHOULD_BE_PLACED_DECISION') THEN 'ADM'
				    WHEN s.born = FALSE AND s.birth_date > :today THEN 'UNBORN_BABY'
				    WHEN EXISTS (SELECT 1 FROM eff WHERE eff.child_id = s.id AND d >= s.since
				        AND t IN ('PARALLEL_PLANNING', 'CHILDS_PERMANENCE_REPORT')) THEN 'PARALLEL_PLANNING'
				    ELSE 'EARLY_MONITOR' END AS stage
				  FROM started s) staged
				GROUP BY borough_code, stage""")
			.param("today", today)
			.query(rs -> {
				counts.put(rs.getString("borough_code") + "/" + rs.getString("stage"), rs.getInt("n"));
			});
		return counts;
	}

	@Test
	void aHaveringWorkerGets404ForANewhamChildByPageAndApi() throws Exception {
		String newhamChild = aChildOf(NEWHAM);
		mvc.perform(get("/children/" + newhamChild).with(as("havering.worker"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/children/" + newhamChild).with(as("havering.worker"))).andExpect(status().isNotFound());
		mvc.perform(get("/children/" + aChildOf(HAVERING)).with(as("havering.worker"))).andExpect(status().isOk());
	}

	@Test
	void aHaveringManagersCsvHoldsOnlyHaveringChildrenAndTheDownloadIsAudited() throws Exception {
		String csv = mvc.perform(post("/children/export").param("reason", "court bundle").with(csrf()).with(as("havering.manager")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long haveringChildren = jdbc.sql("SELECT COUNT(*) FROM child WHERE borough_code = :b").param("b", HAVERING).query(Long.class).single();
		var lines = csv.lines().skip(1).toList();
		assertThat(lines).hasSize((int) haveringChildren).allSatisfy(line -> assertThat(line).contains("Havering"));
		assertThat(trail.search(new AuditQuery("havering.manager", AuditAction.EXPORTED, "children", null, null, null), 5))
			.extracting(e -> e.reason()).contains("court bundle");
	}

	@Test
	void aCsvDownloadNeedsAReason() throws Exception {
		mvc.perform(post("/children/export").with(csrf()).with(as("ale.manager")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theApiListsOnlyTheCallersBoroughs() throws Exception {
		String json = mvc.perform(get("/api/v1/children").with(as("havering.worker")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"borough\":\"E09000016\"").doesNotContain("\"borough\":\"E09000025\"");
	}

	@Test
	void eachViewOfAChildIsAudited() throws Exception {
		String child = aChildOf(HAVERING);
		mvc.perform(get("/children/" + child).with(as("havering.worker"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/children/" + child).with(as("ale.worker"))).andExpect(status().isOk());
		var views = trail.search(new AuditQuery(null, AuditAction.VIEWED, "child", child, null, null), 10);
		assertThat(views).extracting(e -> e.actor()).contains("havering.worker", "ale.worker");
	}

	@Test
	void aSystemAdministratorGets403OnCasePages() throws Exception {
		mvc.perform(get("/children").with(as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/children/" + aChildOf(HAVERING)).with(as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children").with(as("admin"))).andExpect(status().isForbidden());
	}

	@Test
	void theWaitingPageShowsDaysSinceTheDecision() throws Exception {
		mvc.perform(get("/children/waiting").with(as("ale.worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Days since the should be placed decision")));
	}
}
