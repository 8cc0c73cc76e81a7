package org.hearth.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family finding through its real entry points: a search for a new waiting Havering child through the
 * API and the pages, the ranking with reasons, widening refused until both sign-offs, other agencies'
 * households as profiles only, the needs that exclude a household, the settings, and the other
 * direction.
 */
class FamilyFindingIT extends IntegrationTest {

    private static final String HAVERING = "E09000016";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InterAgencyFees fees;

    /** A new child of Havering with a should be placed for adoption decision: waiting for a family. */
    private String waitingChild(String ethnicity, String dateOfBirth) throws Exception {
        String body = """
                {"borough":"%s","caseReference":"FF-%s","firstNames":"Searched","lastName":"Child","dateOfBirth":"%s",
                 "sex":"1","ethnicity":"%s","religion":"Christian","firstLanguages":"English","siblingsToBePlacedWith":0}"""
            .formatted(HAVERING, UUID.randomUUID().toString().substring(0, 8), dateOfBirth, ethnicity);
        String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
                .with(as("ale.worker")))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.summary.id");
        mvc.perform(post("/api/v1/children/" + id + "/events").contentType("application/json")
                .content("{\"type\":\"SHOULD_BE_PLACED_DECISION\",\"date\":\"" + LocalDate.now().minusMonths(2) + "\"}")
                .with(csrf()).with(as("ale.worker")))
            .andExpect(status().isCreated());
        return id;
    }

    private String startSearch(String childId) throws Exception {
        return mvc.perform(post("/api/v1/searches").contentType("application/json")
                .content("{\"childId\":\"" + childId + "\"}").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
    }

    /** Every name, email and postcode of every household's applicants and contacts, to be sure none is shown. */
    private List<String> identifyingDetails() {
        var details = new java.util.ArrayList<String>();
        details.addAll(jdbc.sql("SELECT name FROM applicant").query(String.class).list());
        details.addAll(jdbc.sql("SELECT contact_name FROM household").query(String.class).list());
        details.addAll(jdbc.sql("SELECT email FROM household WHERE email IS NOT NULL").query(String.class).list());
        return details;
    }

    @Test
    void aSearchRanksInHouseHouseholdsWithReasonsAndEveryScoreIsTheSumOfItsParts() throws Exception {
        String child = waitingChild("WBRI", LocalDate.now().minusYears(2).toString());
        String json = startSearch(child);
        List<Map<String, Object>> ranked = JsonPath.read(json, "$.ranked");
        List<Map<String, Object>> excluded = JsonPath.read(json, "$.excluded");
        assertThat(ranked).as("demo households of Adopt London East that can take a two-year-old").isNotEmpty();
        assertThat(JsonPath.<String>read(json, "$.scope")).isEqualTo("IN_HOUSE");
        for (Map<String, Object> household : ranked) {
            @SuppressWarnings("unchecked")
            var profile = (Map<String, Object>) household.get("household");
            assertThat(profile.get("origin")).as("an in-house search looks only at the agency's own").isEqualTo("IN_HOUSE");
            @SuppressWarnings("unchecked")
            var parts = (List<Map<String, Object>>) household.get("parts");
            int sum = parts.stream().mapToInt(p -> (Integer) p.get("points")).sum();
            int shares = parts.stream().mapToInt(p -> (Integer) p.get("sharePercent")).sum();
            assertThat(household.get("score")).isEqualTo(sum);
            if (sum > 0) {
                assertThat(shares).isEqualTo(100);
            }
            parts.forEach(p -> assertThat((String) p.get("why")).isNotBlank());
        }
        for (int i = 1; i < ranked.size(); i++) {
            assertThat((Integer) ranked.get(i - 1).get("score")).isGreaterThanOrEqualTo((Integer) ranked.get(i).get("score"));
        }
        for (Map<String, Object> household : excluded) {
            @SuppressWarnings("unchecked")
            var reasons = (List<Map<String, Object>>) household.get("exclusions");
            assertThat(reasons).isNotEmpty();
            reasons.forEach(r -> assertThat((String) r.get("forHousehold")).doesNotContain("Searched"));
        }
        // a household whose range stops below two is excluded for the child's age
        Integer youngestOnly = jdbc.sql("""
                SELECT COUNT(*) FROM approval_range r JOIN household h ON h.id = r.household_id
                WHERE h.agency_id = 'adopt-london-east' AND h.approved_on IS NOT NULL AND h.child_placed_on IS NULL
                AND h.left_on IS NULL AND h.approval_ended_on IS NULL AND r.oldest_age < 2""").query(Integer.class).single();
        long ageExclusions = excluded.stream()
            .filter(h -> JsonPath.<List<String>>read(h, "$.exclusions[*].rule").stream().anyMatch(r -> r.toLowerCase().contains("age")))
            .count();
        assertThat(ageExclusions).isGreaterThanOrEqualTo(youngestOnly);
    }

    @Test
    void wideningIsRefusedUntilBothManagersHaveSignedOffAndThenOtherAgenciesAppearAsProfilesOnly() throws Exception {
        String child = waitingChild("BAFR", LocalDate.now().minusYears(1).toString());
        String id = JsonPath.read(startSearch(child), "$.id");

        mvc.perform(post("/api/v1/searches/" + id + "/widen").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("the family-finding team manager")))
            .andExpect(jsonPath("$.detail").value(containsString("the child's social work team manager")));
        mvc.perform(post("/api/v1/searches/" + id + "/sign-offs").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/searches/" + id + "/sign-offs").with(csrf()).with(as("ale.manager")))
            .andExpect(status().isOk());
        mvc.perform(post("/matching/searches/" + id + "/widen").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("the child&#39;s social work team manager is missing")));
        assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/v1/searches/" + id).with(as("ale.worker")))
            .andReturn().getResponse().getContentAsString(), "$.ranked[*].household.origin")).containsOnly("IN_HOUSE");

        mvc.perform(post("/matching/searches/" + id + "/sign-off").with(csrf()).with(as("havering.manager")))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/searches/" + id + "/widen").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.scope").value("OTHER_AGENCIES"));

        List<String> identifying = identifyingDetails();
        // every role that may see the search: the agency's staff with access to case records, and the child's borough's staff
        for (String user : List.of("ale.head", "ale.manager", "ale.worker", "ale.support", "ale.adviser", "ale.adm",
                "ale.finance", "ale.analyst", "havering.worker", "havering.manager", "havering.adm")) {
            String api = mvc.perform(get("/api/v1/searches/" + id).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(api, "$.ranked[*].household.origin")).as(user)
                .contains("OTHER_HUB_AGENCY");
            String page = mvc.perform(get("/matching/searches/" + id).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(user).contains("Household of Adopt London North");
            for (String detail : identifying) {
                assertThat(api).as(user + " API shows no identifying detail").doesNotContain(detail);
                assertThat(page).as(user + " page shows no identifying detail").doesNotContain(detail);
            }
        }
        // roles without access to case records cannot reach it
        for (String user : List.of("ale.chair", "ale.member", "ale.medical", "ale.board", "hub.analyst", "admin")) {
            mvc.perform(get("/api/v1/searches/" + id).with(as(user))).andExpect(status().isForbidden());
        }
        // another borough's staff cannot reach the search at all
        mvc.perform(get("/api/v1/searches/" + id).with(as("newham.worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/matching/searches/" + id).with(as("newham.worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/searches/" + id).with(as("aln.worker"))).andExpect(status().isNotFound());
    }

    @Test
    void aHouseholdOfAnOutsideAgencyEnteredByHandIsRankedOnlyOnceTheSearchIsWidened() throws Exception {
        mvc.perform(post("/matching/outside-households").with(csrf()).with(as("ale.worker"))
                .param("agencyName", "").param("childrenUpTo", "9").param("youngestAge", "5").param("oldestAge", "2")
                .param("languages", "Klingon"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Enter the name of the household&#39;s agency")))
            .andExpect(content().string(containsString("Enter how many children, from 1 to 4")))
            .andExpect(content().string(containsString("The youngest age must not be above the oldest")))
            .andExpect(content().string(containsString("not recognised: Klingon")));
        mvc.perform(post("/matching/outside-households").with(csrf()).with(as("ale.worker"))
                .param("agencyName", "A".repeat(300)).param("agencyKind", "VOLUNTARY_ADOPTION_AGENCY")
                .param("theirReference", "R".repeat(300)).param("boroughCode", "E09000016").param("childrenUpTo", "1")
                .param("youngestAge", "0").param("oldestAge", "3").param("sexes", "ANY"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Shorten the name of the household&#39;s agency to 200 characters or fewer")))
            .andExpect(content().string(containsString("value=\"" + "A".repeat(300) + "\"")));
        String agency = "Northern Voluntary Adoption Society " + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/matching/outside-households").with(csrf()).with(as("ale.worker"))
                .param("agencyName", agency).param("agencyKind", "VOLUNTARY_ADOPTION_AGENCY")
                .param("theirReference", "NV-2231").param("boroughCode", "E08000003").param("childrenUpTo", "3")
                .param("siblingGroups", "yes").param("youngestAge", "0").param("oldestAge", "17").param("sexes", "ANY")
                .param("need-DISABILITY", "HIGH").param("heritage", "BAFR").param("religions", "CHRISTIAN")
                .param("languages", "English, French").param("contact", "LETTERBOX"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/matching/outside-households").with(as("ale.worker")))
            .andExpect(content().string(containsString(agency)));

        String child = waitingChild("BAFR", LocalDate.now().minusYears(4).toString());
        String id = JsonPath.read(startSearch(child), "$.id");
        String before = mvc.perform(get("/api/v1/searches/" + id).with(as("ale.worker"))).andReturn().getResponse()
            .getContentAsString();
        assertThat(before).doesNotContain(agency);
        for (String manager : List.of("ale.manager", "havering.manager")) {
            mvc.perform(post("/api/v1/searches/" + id + "/sign-offs").with(csrf()).with(as(manager))).andExpect(status().isOk());
        }
        String after = mvc.perform(post("/api/v1/searches/" + id + "/widen").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> outside = JsonPath.read(after, "$.ranked[?(@.household.origin == 'OUTSIDE_AGENCY')].household");
        assertThat(outside).extracting(h -> h.get("agency")).contains(agency);
        // shortlisted from the widened search, linked, matched and placed: an inter-agency placement at the
        // voluntary agencies' fee in force today
        String outsideId = (String) outside.stream().filter(h -> agency.equals(h.get("agency"))).findFirst().orElseThrow()
            .get("householdId");
        String location = mvc.perform(post("/matching/searches/" + id + "/shortlist").with(csrf()).with(as("ale.worker"))
                .param("householdId", outsideId))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String link = location.substring(location.lastIndexOf('/') + 1);
        String today = LocalDate.now().toString();
        for (String[] step : new String[][] { { "ale.worker", "VISIT", null }, { "ale.worker", "LINKED", "FAMILY_FINDER" },
                { "ale.worker", "PROPOSED_MATCH", null }, { "ale.worker", "MATCHING_PANEL", "RECOMMENDED" },
                { "havering.adm", "MATCH_DECISION", "AGREED" }, { "ale.worker", "INTRODUCTIONS", null },
                { "ale.worker", "PLACED", null } }) {
            mvc.perform(post("/api/v1/links/" + link + "/steps").contentType("application/json").with(csrf()).with(as(step[0]))
                    .content("{\"step\":\"" + step[1] + "\",\"date\":\"" + today + "\""
                            + (step[2] == null ? "" : ",\"outcome\":\"" + step[2] + "\"") + "}"))
                .andExpect(status().is2xxSuccessful());
        }
        String placed = mvc.perform(get("/links/" + link).with(as("ale.worker"))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(placed).contains(agency).contains("£39,245");
        // another hub agency does not see what Adopt London East entered
        mvc.perform(get("/matching/outside-households").with(as("aln.worker")))
            .andExpect(content().string(not(containsString(agency))));
    }

    @Test
    void theSameManagerCannotGiveBothSignOffs() throws Exception {
        String child = waitingChild("WBRI", LocalDate.now().minusYears(3).toString());
        String id = JsonPath.read(startSearch(child), "$.id");
        mvc.perform(post("/api/v1/searches/" + id + "/sign-offs").with(csrf()).with(as("ale.head")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.signOffs[0].role").value("FAMILY_FINDING_TEAM_MANAGER"));
        mvc.perform(post("/api/v1/searches/" + id + "/widen").with(csrf()).with(as("ale.head")))
            .andExpect(status().isConflict());
    }

    @Test
    void aNeedAboveAHouseholdsCapacityExcludesItAndBadLevelsAreRefusedKeepingWhatWasSaved() throws Exception {
        String child = waitingChild("WBRI", LocalDate.now().minusYears(2).toString());
        mvc.perform(post("/matching/children/" + child + "/needs").with(csrf()).with(as("ale.worker"))
                .param("need-DISABILITY", "HIGH").param("contact", "LETTERBOX"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/matching/children/" + child + "/needs").with(csrf()).with(as("ale.worker"))
                .param("need-DISABILITY", "EXTREME").param("birthFamilyBorough", "Havering"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("Select none, low, medium or high for disability")))
            .andExpect(content().string(containsString("Enter an ONS code like E09000016")));
        String saved = jdbc.sql("SELECT needs FROM child_matching_needs WHERE child_id = ?")
            .param(UUID.fromString(child)).query(String.class).single();
        assertThat(saved).isEqualTo("DISABILITY:HIGH");
        assertThat(jdbc.sql("""
                SELECT summary FROM audit_event WHERE subject_type = 'child' AND subject_id = ? AND action = 'CHANGED'
                AND summary LIKE 'Needs for matching%'""")
            .param(child).query(String.class).list())
            .as("the change is in the audit trail, without the levels").containsExactly("Needs for matching recorded");

        String json = startSearch(child);
        List<Map<String, Object>> excluded = JsonPath.read(json, "$.excluded");
        Integer belowHigh = jdbc.sql("""
                SELECT COUNT(*) FROM approval_range r JOIN household h ON h.id = r.household_id
                WHERE h.agency_id = 'adopt-london-east' AND h.approved_on IS NOT NULL AND h.child_placed_on IS NULL
                AND h.left_on IS NULL AND h.approval_ended_on IS NULL AND r.needs NOT LIKE '%DISABILITY:HIGH%'""")
            .query(Integer.class).single();
        long needExclusions = excluded.stream()
            .filter(h -> JsonPath.<List<String>>read(h, "$.exclusions[*].forSocialWorker").stream()
                .anyMatch(r -> r.contains("disability")))
            .count();
        assertThat(belowHigh).isPositive();
        assertThat(needExclusions).as("every approved household not approved for high disability needs")
            .isGreaterThanOrEqualTo(belowHigh);
    }

    @Test
    void settingsChangeTheMostAHouseholdCanScoreAndBadWeightsAreRefused() throws Exception {
        mvc.perform(post("/matching/settings").with(csrf()).with(as("ale.manager")).param("heritage", "lots")
                .param("distancePolicy", "AWAY_FROM_BIRTH_FAMILY_BOROUGH"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Enter the weight for heritage as a whole number from 0 to 100")))
            .andExpect(content().string(containsString("value=\"lots\"")));
        mvc.perform(post("/matching/settings").with(csrf()).with(as("ale.worker")).param("heritage", "20"))
            .andExpect(status().isForbidden());
        try {
            mvc.perform(post("/matching/settings").with(csrf()).with(as("ale.manager")).param("heritage", "30")
                    .param("religion", "10").param("language", "10").param("needsCapacity", "25")
                    .param("earlyPermanence", "10").param("contact", "15").param("distance", "10")
                    .param("distancePolicy", "NOT_CONSIDERED"))
                .andExpect(status().is3xxRedirection());
            String child = waitingChild("WBRI", LocalDate.now().minusYears(2).toString());
            assertThat(JsonPath.<Integer>read(startSearch(child), "$.maxScore")).isEqualTo(110);
        }
        finally {
            jdbc.sql("DELETE FROM matching_settings WHERE agency_id = 'adopt-london-east'").update();
        }
    }

    @Test
    void theAgencysOwnFeeRowIsChargedFromItsDateAndBadRowsAreRefused() throws Exception {
        mvc.perform(post("/matching/fees").with(csrf()).with(as("ale.finance")).param("kind", "LOCAL_AUTHORITY_OR_RAA")
                .param("day", "31").param("month", "2").param("year", "2026").param("firstChild", "lots").param("source", ""))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("There is a problem")))
            .andExpect(content().string(containsString("govuk-error-message")))
            .andExpect(content().string(containsString("The date the fee applies from must be a real date")))
            .andExpect(content().string(containsString("Enter the fee for one child in pounds")))
            .andExpect(content().string(containsString("Enter where the amounts come from")));
        mvc.perform(post("/matching/fees").with(csrf()).with(as("ale.worker")).param("kind", "LOCAL_AUTHORITY_OR_RAA"))
            .andExpect(status().isForbidden());
        LocalDate from = LocalDate.now().minusDays(1);
        try {
            mvc.perform(post("/matching/fees").with(csrf()).with(as("ale.finance")).param("kind", "LOCAL_AUTHORITY_OR_RAA")
                    .param("day", "" + from.getDayOfMonth()).param("month", "" + from.getMonthValue())
                    .param("year", "" + from.getYear()).param("firstChild", "28,000").param("londonUplift", "10")
                    .param("source", "Agreed by the hub's heads of service"))
                .andExpect(status().is3xxRedirection());
            mvc.perform(get("/matching/fees").with(as("ale.manager")))
                .andExpect(content().string(containsString("£28,000")))
                .andExpect(content().string(containsString("Agreed by the hub&#39;s heads of service")));
            var table = fees.tableOf("adopt-london-east");
            assertThat(table.rowFor(AgencyKind.LOCAL_AUTHORITY_OR_RAA, LocalDate.now()).orElseThrow().firstChild())
                .isEqualTo(Money.pounds(28_000));
            assertThat(table.rowFor(AgencyKind.LOCAL_AUTHORITY_OR_RAA, from.minusDays(1)).orElseThrow().firstChild())
                .as("before the agency's row, the published fee").isEqualTo(Money.pounds(27_000));
            assertThat(fees.tableOf("adopt-london-north").rowFor(AgencyKind.LOCAL_AUTHORITY_OR_RAA, LocalDate.now())
                .orElseThrow().firstChild()).as("another agency keeps its own table").isEqualTo(Money.pounds(27_000));
        }
        finally {
            jdbc.sql("DELETE FROM inter_agency_fee WHERE agency_id = 'adopt-london-east' AND kind = 'LOCAL_AUTHORITY_OR_RAA'")
                .update();
        }
    }

    @Test
    void anApprovedHouseholdSeesTheWaitingChildrenRankedAndAnotherAgencysHouseholdIsNotFound() throws Exception {
        String own = jdbc.sql("""
                SELECT h.id FROM household h JOIN approval_range r ON r.household_id = h.id
                WHERE h.agency_id = 'adopt-london-east' AND h.approved_on IS NOT NULL AND h.child_placed_on IS NULL
                AND h.left_on IS NULL AND h.approval_ended_on IS NULL ORDER BY h.reference LIMIT 1""").query(String.class).single();
        String json = mvc.perform(post("/api/v1/searches").contentType("application/json")
                .content("{\"householdId\":\"" + own + "\"}").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int ranked = JsonPath.<List<Object>>read(json, "$.ranked").size();
        int excluded = JsonPath.<List<Object>>read(json, "$.excluded").size();
        String page = mvc.perform(get("/matching").with(as("ale.worker"))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        int waiting = Integer.parseInt(page.replaceAll("(?s).*?(\\d+) (children or sibling groups|child or sibling group) waiting.*", "$1"));
        assertThat(ranked + excluded).as("every waiting child or group is ranked or excluded").isEqualTo(waiting);
        mvc.perform(get("/matching/households/" + own).with(as("ale.worker"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Children who could be matched")));

        String other = jdbc.sql("""
                SELECT h.id FROM household h JOIN approval_range r ON r.household_id = h.id
                WHERE h.agency_id = 'adopt-london-north' AND h.approved_on IS NOT NULL ORDER BY h.reference LIMIT 1""")
            .query(String.class).single();
        mvc.perform(post("/api/v1/searches").contentType("application/json")
                .content("{\"householdId\":\"" + other + "\"}").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/searches").contentType("application/json").content("{}").with(csrf()).with(as("ale.worker")))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void sufficiencyCountsEveryWaitingChildOnceAndNamesThoseWithNoFamilyInHouse() throws Exception {
        String page = mvc.perform(get("/matching/sufficiency").with(as("ale.manager"))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        int waiting = Integer.parseInt(page.replaceAll("(?s).*?(\\d+) children or sibling groups waiting in the agency.*", "$1"));
        String home = mvc.perform(get("/matching").with(as("ale.manager"))).andReturn().getResponse().getContentAsString();
        int listed = Integer.parseInt(home.replaceAll("(?s).*?(\\d+) (children or sibling groups|child or sibling group) waiting.*", "$1"));
        assertThat(waiting).isEqualTo(listed).isPositive();
        mvc.perform(get("/matching/sufficiency").with(as("havering.worker"))).andExpect(status().isForbidden());
    }
}
