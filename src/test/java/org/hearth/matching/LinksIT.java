package org.hearth.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links from the shortlist to the placement, through the API and the pages: who may see and do what,
 * the household shown as a profile or identified, the child's journey following the link, the fee and
 * the event for finance, and bad input answered with a GOV.UK error and nothing saved.
 */
@RecordApplicationEvents
class LinksIT extends IntegrationTest {

	static final String HAVERING = "E09000016";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final JsonMapper json = JsonMapper.builder().build();

	final LocalDate today = LocalDate.now();

	// ------------------------------------------------------------------ fixtures

	/** A Havering child in family finding, added and taken there through the children's API. */
	private String childInFamilyFinding() throws Exception {
		String id = child("2023-05-04", false);
		event(id, "ENTERED_CARE", "2024-01-10");
		event(id, "SHOULD_BE_PLACED_DECISION", "2024-06-03");
		event(id, "PLACEMENT_ORDER", "2024-09-12");
		event(id, "FAMILY_FINDING_STARTED", "2024-10-01");
		return id;
	}

	/** A Havering baby not born yet, in early monitoring: the child's journey refuses a link before the birth. */
	private String unbornChild() throws Exception {
		String id = child(today.plusMonths(2).toString(), true);
		event(id, "EARLY_MONITORING", today.minusDays(20).toString());
		return id;
	}

	private String child(String dateOfBirth, boolean unborn) throws Exception {
		String body = """
				{"borough":"%s","caseReference":"%s","firstNames":"Linkable","lastName":"Testchild","dateOfBirth":"%s",
				 "unborn":%s,"sex":"%s","ethnicity":"WBRI","siblingsToBePlacedWith":0}""".formatted(HAVERING,
				"L-" + UUID.randomUUID().toString().substring(0, 8), dateOfBirth, unborn, unborn ? "0" : "2");
		var response = mvc.perform(api(post("/api/v1/children"), "ale.worker", body)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return json.readTree(response.getContentAsString()).get("summary").get("id").asString();
	}

	private void event(String child, String type, String date) throws Exception {
		int status = mvc.perform(api(post("/api/v1/children/" + child + "/events"), "ale.worker",
				"{\"type\":\"" + type + "\",\"date\":\"" + date + "\"}")).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(201);
	}

	/** An approved household of the agency with an approval range, from the demo data. */
	/** The demo households a test placed a child with: other tests count the demo households by stage. */
	private final List<UUID> placedWith = new ArrayList<>();

	@org.junit.jupiter.api.AfterEach
	void giveTheDemoHouseholdsBack() {
		for (UUID household : placedWith) {
			jdbc.sql("UPDATE household SET child_placed_on = NULL WHERE id = :id").param("id", household).update();
		}
	}

	private String approvedHouseholdOf(String agency) {
		String household = jdbc.sql("""
				SELECT h.id FROM household h JOIN approval_range r ON r.household_id = h.id
				WHERE h.agency_id = :agency AND h.approved_on IS NOT NULL AND h.child_placed_on IS NULL
				AND h.adoption_order_on IS NULL AND h.left_on IS NULL AND h.approval_ended_on IS NULL
				ORDER BY h.reference LIMIT 1""")
			.param("agency", agency)
			.query(UUID.class)
			.single()
			.toString();
		placedWith.add(UUID.fromString(household));
		return household;
	}

	/** Every name that would identify the household: its applicants and its contact. */
	private List<String> namesOf(String household) {
		var names = new ArrayList<>(jdbc.sql("SELECT name FROM applicant WHERE household_id = :id")
			.param("id", UUID.fromString(household)).query(String.class).list());
		names.add(jdbc.sql("SELECT contact_name FROM household WHERE id = :id").param("id", UUID.fromString(household))
			.query(String.class).single());
		names.add(jdbc.sql("SELECT reference FROM household WHERE id = :id").param("id", UUID.fromString(household))
			.query(String.class).single());
		return names;
	}

	private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String user, String body) {
		return request.contentType("application/json").content(body).with(csrf()).with(as(user));
	}

	private String shortlist(String child, String household) throws Exception {
		var response = mvc.perform(api(post("/api/v1/links"), "ale.worker",
				"{\"childIds\":[\"" + child + "\"],\"householdId\":\"" + household + "\"}")).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return json.readTree(response.getContentAsString()).get("id").asString();
	}

	/** The child's family-finding search, signed off by both managers and widened to other agencies. */
	private String widenedSearchFor(String child) throws Exception {
		String search = json.readTree(mvc.perform(api(post("/api/v1/searches"), "ale.worker", "{\"childId\":\"" + child + "\"}"))
			.andReturn().getResponse().getContentAsString()).get("id").asString();
		for (String manager : List.of("ale.manager", "havering.manager")) {
			assertThat(mvc.perform(post("/api/v1/searches/" + search + "/sign-offs").with(csrf()).with(as(manager)))
				.andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(mvc.perform(post("/api/v1/searches/" + search + "/widen").with(csrf()).with(as("ale.worker")))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		return search;
	}

	private int step(String link, String user, String step, String outcome) throws Exception {
		String body = "{\"step\":\"" + step + "\",\"date\":\"" + today + "\""
				+ (outcome == null ? "" : ",\"outcome\":\"" + outcome + "\"") + "}";
		return mvc.perform(api(post("/api/v1/links/" + link + "/steps"), user, body)).andReturn().getResponse().getStatus();
	}

	private String page(String link, String user) throws Exception {
		return mvc.perform(get("/links/" + link).with(as(user))).andReturn().getResponse().getContentAsString();
	}

	private JsonNode read(String link, String user) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/links/" + link).with(as(user))).andReturn().getResponse()
			.getContentAsString());
	}

	private MockHttpServletRequestBuilder form(String path, String user, String... params) {
		var request = post(path).with(csrf()).with(as(user));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private String[] todayAs(String... more) {
		var all = new ArrayList<>(List.of("day", String.valueOf(today.getDayOfMonth()), "month",
				String.valueOf(today.getMonthValue()), "year", String.valueOf(today.getYear())));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private List<String> journeyOf(String child) throws Exception {
		var node = json.readTree(mvc.perform(get("/api/v1/children/" + child).with(as("ale.worker"))).andReturn()
			.getResponse().getContentAsString());
		var types = new ArrayList<String>();
		node.get("journey").forEach(entry -> types.add(entry.get("type").asString()));
		return types;
	}

	// ------------------------------------------------------------------ tests

	@Test
	void anInHouseLinkGoesFromShortlistToPlacementThroughTheApiWithNoFee() throws Exception {
		String child = childInFamilyFinding();
		String household = approvedHouseholdOf("adopt-london-east");
		String link = shortlist(child, household);
		assertThat(read(link, "ale.worker").get("household").get("view").asString()).isEqualTo("IDENTIFIED");
		assertThat(step(link, "ale.worker", "VISIT", null)).isEqualTo(201);
		assertThat(step(link, "ale.worker", "LINKED", "HOUSEHOLD")).isEqualTo(201);
		assertThat(step(link, "ale.worker", "CHILD_APPRECIATION_DAY", null)).isEqualTo(201);
		assertThat(step(link, "ale.worker", "PROPOSED_MATCH", null)).isEqualTo(201);
		assertThat(step(link, "ale.adviser", "MATCHING_PANEL", "RECOMMENDED")).isEqualTo(201);
		assertThat(step(link, "ale.worker", "MATCH_DECISION", "AGREED")).isEqualTo(403);
		assertThat(step(link, "ale.adm", "MATCH_DECISION", "AGREED")).isEqualTo(403);
		assertThat(step(link, "havering.worker", "MATCH_DECISION", "AGREED")).isEqualTo(403);
		assertThat(step(link, "havering.adm", "INTRODUCTIONS", null)).isEqualTo(403);
		assertThat(step(link, "havering.adm", "MATCH_DECISION", "AGREED")).isEqualTo(201);
		assertThat(step(link, "ale.worker", "INTRODUCTIONS", null)).isEqualTo(201);
		assertThat(step(link, "ale.worker", "PLACED", null)).isEqualTo(201);

		JsonNode placed = read(link, "ale.worker");
		assertThat(placed.get("status").asString()).isEqualTo("PLACED");
		// the household's own record moves on: child placed, so no longer in the pool for other children
		assertThat(jdbc.sql("SELECT child_placed_on FROM household WHERE id = :id").param("id", UUID.fromString(household))
			.query(java.time.LocalDate.class).single()).isEqualTo(today);
		String search = json.readTree(mvc.perform(api(post("/api/v1/searches"), "ale.worker",
				"{\"childId\":\"" + childInFamilyFinding() + "\"}")).andReturn().getResponse().getContentAsString()).toString();
		assertThat(search).doesNotContain(household);
		assertThat(placed.get("household").get("view").asString()).isEqualTo("IDENTIFIED");
		assertThat(placed.get("placement").get("kind").asString()).isEqualTo("IN_HOUSE");
		assertThat(placed.get("placement").get("feePence").asLong()).isZero();
		assertThat(placed.get("steps").size()).isEqualTo(9);
		assertThat(journeyOf(child)).contains("LINKED", "MATCHING_PANEL", "MATCH_DECISION", "PLACED_FOR_ADOPTION");
		var recorded = events.stream(PlacementRecorded.class)
			.filter(e -> e.children().contains(org.hearth.children.ChildId.of(child))).toList();
		assertThat(recorded).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(PlacementKind.IN_HOUSE);
			assertThat(e.feeDue().amount()).isEqualTo(Money.ZERO);
		});
		// the open links leave it out once placed
		String open = mvc.perform(get("/api/v1/links").with(as("ale.worker"))).andReturn().getResponse().getContentAsString();
		assertThat(open).doesNotContain(link);
	}

	@Test
	void anotherAgencysHouseholdIsAProfileUntilLinkedAndAnInterAgencyPlacementWithTheFeeThroughThePages() throws Exception {
		String child = childInFamilyFinding();
		String household = approvedHouseholdOf("adopt-london-north");
		var refused = mvc.perform(api(post("/api/v1/links"), "ale.worker",
				"{\"childIds\":[\"" + child + "\"],\"householdId\":\"" + household + "\"}")).andReturn().getResponse();
		assertThat(refused.getStatus()).as("not before the child's search is widened").isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("only from the child's search once it is widened");
		String search = widenedSearchFor(child);
		var response = mvc.perform(api(post("/api/v1/links"), "ale.worker", "{\"childIds\":[\"" + child
				+ "\"],\"householdId\":\"" + household + "\",\"searchId\":\"" + search + "\"}")).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		String link = json.readTree(response.getContentAsString()).get("id").asString();
		List<String> names = namesOf(household);

		String before = page(link, "ale.worker");
		assertThat(before).contains("Shown as a profile without identifying details").contains("Approved for");
		names.forEach(name -> assertThat(before).doesNotContain(name));
		String beforeJson = mvc.perform(get("/api/v1/links/" + link).with(as("ale.worker"))).andReturn().getResponse()
			.getContentAsString();
		names.forEach(name -> assertThat(beforeJson).doesNotContain(name));

		mvc.perform(form("/links/" + link + "/steps", "ale.worker", todayAs("step", "VISIT", "note", "Visit at the office")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		mvc.perform(form("/links/" + link + "/steps", "ale.worker", todayAs("step", "LINKED", "outcome", "FAMILY_FINDER")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());

		String after = page(link, "ale.worker");
		assertThat(after).doesNotContain("Shown as a profile without identifying details");
		assertThat(after).contains(names.get(names.size() - 1));
		// the child's borough never sees who they are
		String borough = page(link, "havering.worker");
		assertThat(borough).contains("Shown as a profile without identifying details");
		names.forEach(name -> assertThat(borough).doesNotContain(name));
		String boroughJson = mvc.perform(get("/api/v1/links/" + link).with(as("havering.worker"))).andReturn()
			.getResponse().getContentAsString();
		names.forEach(name -> assertThat(boroughJson).doesNotContain(name));
		assertThat(json.readTree(boroughJson).get("household").get("view").asString()).isEqualTo("PROFILE");

		for (String[] next : new String[][] { { "step", "CHILD_APPRECIATION_DAY" }, { "step", "PROPOSED_MATCH" },
				{ "step", "MATCHING_PANEL", "outcome", "RECOMMENDED" } }) {
			assertThat(mvc.perform(form("/links/" + link + "/steps", "ale.worker", todayAs(next))).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		}
		assertThat(mvc.perform(form("/links/" + link + "/decision", "ale.adm", todayAs("outcome", "AGREED"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(form("/links/" + link + "/decision", "havering.adm", todayAs("outcome", "AGREED"))).andReturn()
			.getResponse().getStatus()).isEqualTo(302);
		for (String stepName : new String[] { "INTRODUCTIONS", "PLACED" }) {
			assertThat(mvc.perform(form("/links/" + link + "/steps", "ale.worker", todayAs("step", stepName))).andReturn()
				.getResponse().getStatus()).isEqualTo(302);
		}
		String placed = page(link, "ale.worker");
		assertThat(placed).contains("inter-agency").contains("£29,700");
		var recorded = events.stream(PlacementRecorded.class)
			.filter(e -> e.children().contains(org.hearth.children.ChildId.of(child))).toList();
		assertThat(recorded).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(PlacementKind.INTER_AGENCY);
			assertThat(e.feeDue().amount()).isEqualTo(Money.pounds(29_700));
			assertThat(e.agency().id()).isEqualTo("adopt-london-north");
		});
		assertThat(journeyOf(child)).contains("LINKED", "MATCHING_PANEL", "MATCH_DECISION", "PLACED_FOR_ADOPTION");
	}

	@Test
	void anotherBoroughOrAgencyIsToldTheLinkDoesNotExist() throws Exception {
		String link = shortlist(childInFamilyFinding(), approvedHouseholdOf("adopt-london-east"));
		for (String user : new String[] { "newham.worker", "aln.worker" }) {
			assertThat(mvc.perform(get("/links/" + link).with(as(user))).andReturn().getResponse().getStatus())
				.as(user).isEqualTo(404);
			assertThat(mvc.perform(get("/api/v1/links/" + link).with(as(user))).andReturn().getResponse().getStatus())
				.as(user).isEqualTo(404);
		}
		assertThat(mvc.perform(get("/links/" + link).with(as("havering.worker"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		String boroughList = mvc.perform(get("/links").with(as("havering.worker"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(boroughList).contains(link);
		String otherBorough = mvc.perform(get("/links").with(as("newham.worker"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(otherBorough).doesNotContain(link);
	}

	@Test
	void badDatesAreRefusedWithTheGovukErrorSummaryAndNothingIsSaved() throws Exception {
		String link = shortlist(childInFamilyFinding(), approvedHouseholdOf("adopt-london-east"));
		var missing = mvc.perform(form("/links/" + link + "/steps", "ale.worker", "step", "VISIT", "note", "kept words"))
			.andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("There is a problem").contains("Enter the date").contains("kept words");
		var future = today.plusDays(3);
		var inFuture = mvc.perform(form("/links/" + link + "/steps", "ale.worker", "step", "VISIT", "day",
				String.valueOf(future.getDayOfMonth()), "month", String.valueOf(future.getMonthValue()), "year",
				String.valueOf(future.getYear()))).andReturn().getResponse();
		assertThat(inFuture.getStatus()).isEqualTo(400);
		assertThat(inFuture.getContentAsString()).contains("cannot be in the future");
		var past = today.minusDays(3);
		var beforeShortlist = mvc.perform(form("/links/" + link + "/steps", "ale.worker", "step", "VISIT", "day",
				String.valueOf(past.getDayOfMonth()), "month", String.valueOf(past.getMonthValue()), "year",
				String.valueOf(past.getYear()))).andReturn().getResponse();
		assertThat(beforeShortlist.getStatus()).isEqualTo(400);
		assertThat(beforeShortlist.getContentAsString()).contains("cannot be before the shortlisting");
		var notReal = mvc.perform(form("/links/" + link + "/steps", "ale.worker", "step", "VISIT", "day", "31", "month",
				"2", "year", "2026")).andReturn().getResponse();
		assertThat(notReal.getStatus()).isEqualTo(400);
		assertThat(notReal.getContentAsString()).contains("must be a real date");
		var outOfOrder = mvc.perform(form("/links/" + link + "/steps", "ale.worker", todayAs("step", "PROPOSED_MATCH")))
			.andReturn().getResponse();
		assertThat(outOfOrder.getStatus()).isEqualTo(400);
		assertThat(outOfOrder.getContentAsString()).contains("cannot be recorded now");
		var closeWithoutWords = mvc.perform(form("/links/" + link + "/close", "ale.worker", todayAs("reason", "OTHER")))
			.andReturn().getResponse();
		assertThat(closeWithoutWords.getStatus()).isEqualTo(400);
		assertThat(closeWithoutWords.getContentAsString()).contains("Enter the reason that can be shared with the household");
		var closeWithoutDate = mvc.perform(form("/links/" + link + "/close", "ale.worker", new String[] { "reason", "OTHER",
				"shared", "The child's plan has changed" })).andReturn().getResponse();
		assertThat(closeWithoutDate.getStatus()).isEqualTo(400);
		assertThat(closeWithoutDate.getContentAsString()).contains("href=\"#close-day\"");
		assertThat(read(link, "ale.worker").get("steps").size()).isEqualTo(1);
		assertThat(read(link, "ale.worker").get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void aJourneyRuleRefusingTheLinkIsShownAsAFormErrorAndNothingIsHalfSaved() throws Exception {
		String child = unbornChild();
		String link = shortlist(child, approvedHouseholdOf("adopt-london-east"));
		var refused = mvc.perform(form("/links/" + link + "/steps", "ale.worker", todayAs("step", "LINKED", "outcome",
				"HOUSEHOLD"))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("There is a problem").contains("The child&#39;s journey");
		assertThat(read(link, "ale.worker").get("currentStep").asString()).isEqualTo("SHORTLISTED");
		assertThat(journeyOf(child)).doesNotContain("LINKED");
		assertThat(step(link, "ale.worker", "LINKED", "HOUSEHOLD")).isEqualTo(400);
	}

	@Test
	void aSecondOpenLinkOfTheSameChildAndHouseholdIsRefusedAndAClosedOneAllowsANewOne() throws Exception {
		String child = childInFamilyFinding();
		String household = approvedHouseholdOf("adopt-london-east");
		String link = shortlist(child, household);
		var second = mvc.perform(api(post("/api/v1/links"), "ale.worker",
				"{\"childIds\":[\"" + child + "\"],\"householdId\":\"" + household + "\"}")).andReturn().getResponse();
		assertThat(second.getStatus()).isEqualTo(400);
		assertThat(second.getContentAsString()).contains("already has an open link");
		var closed = mvc.perform(api(post("/api/v1/links/" + link + "/close"), "ale.worker",
				"{\"reason\":\"HOUSEHOLD_WITHDREW\",\"date\":\"" + today
						+ "\",\"sharedWithHousehold\":\"You chose to step back.\",\"internalNote\":\"Moving house\"}"))
			.andReturn().getResponse();
		assertThat(closed.getStatus()).isEqualTo(200);
		JsonNode node = json.readTree(closed.getContentAsString());
		assertThat(node.get("status").asString()).isEqualTo("CLOSED");
		assertThat(node.get("closure").get("sharedWithHousehold").asString()).isEqualTo("You chose to step back.");
		assertThat(step(link, "ale.worker", "LINKED", "HOUSEHOLD")).isEqualTo(400);
		String closedPage = page(link, "ale.worker");
		assertThat(closedPage).contains("You chose to step back.").contains("Moving house").doesNotContain("Record the next step");
		assertThat(page(link, "havering.worker")).contains("You chose to step back.").doesNotContain("Moving house");

		String again = shortlist(child, household);
		var closedByPage = mvc.perform(form("/links/" + again + "/close", "ale.worker",
				todayAs("reason", "ANOTHER_HOUSEHOLD_CHOSEN", "shared", "Another family was chosen.", "note", "")))
			.andReturn().getResponse();
		assertThat(closedByPage.getStatus()).isEqualTo(302);
		assertThat(read(again, "ale.worker").get("closure").get("reason").asString()).isEqualTo("ANOTHER_HOUSEHOLD_CHOSEN");
	}
}
