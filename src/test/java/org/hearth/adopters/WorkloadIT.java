package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hearth.IntegrationTest;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.adopters.AdopterWorkload.Row;
import org.hearth.children.Children;
import org.hearth.children.ChildrenWaiting;
import org.hearth.children.EthnicGroup;
import org.hearth.children.Tracker;
import org.hearth.children.TrackerFilter;
import org.hearth.children.TrackerRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The workload read model on the demo data equals a count written independently in SQL; the children
 * waiting beside the applicants equal a count made here from the child table; the CSV holds the page's
 * figures.
 */
class WorkloadIT extends IntegrationTest {

	@Autowired
	AdopterWorkload workload;

	@Autowired
	Children children;

	@Autowired
	Tracker tracker;

	@Autowired
	JdbcClient jdbc;

	static final String EAST = "adopt-london-east";

	static final String NOT_LEFT = " AND (left_on IS NULL OR left_on > :d)";

	static final String ENQUIRY = "enquiry_on <= :d AND (roi_accepted_on IS NULL OR roi_accepted_on > :d)"
			+ " AND (stage2_started_on IS NULL OR stage2_started_on > :d)" + NOT_LEFT;

	static final String STAGE_1 = "roi_accepted_on <= :d AND (stage2_started_on IS NULL OR stage2_started_on > :d)" + NOT_LEFT;

	static final String STAGE_2 = "stage2_started_on <= :d AND (approved_on IS NULL OR approved_on > :d)" + NOT_LEFT;

	static final String APPROVED = "approved_on <= :d AND (child_placed_on IS NULL OR child_placed_on > :d)" + NOT_LEFT;

	static final String PLACED = "child_placed_on <= :d AND (adoption_order_on IS NULL OR adoption_order_on > :d)" + NOT_LEFT;

	private int sql(String agency, String where, LocalDate d) {
		return jdbc.sql("SELECT COUNT(*) FROM household WHERE agency_id = :agency AND " + where)
			.param("agency", agency)
			.param("d", d)
			.query(Integer.class)
			.single();
	}

	@Test
	void theWorkloadCountsEqualAnIndependentSqlCount() {
		LocalDate today = LocalDate.now();
		for (String agency : List.of("adopt-london-east", "adopt-london-north", "adopt-london-west")) {
			for (LocalDate d : List.of(today, YearMonth.from(today).minusMonths(1).atEndOfMonth(),
					YearMonth.from(today).minusMonths(6).atEndOfMonth(), today.minusYears(2))) {
				var month = workload.countOn(agency, d);
				assertThat(month.count(Row.ENQUIRY)).as("%s enquiry on %s", agency, d).isEqualTo(sql(agency, ENQUIRY, d));
				assertThat(month.count(Row.STAGE_1)).as("%s stage 1 on %s", agency, d).isEqualTo(sql(agency, STAGE_1, d));
				assertThat(month.count(Row.STAGE_2)).as("%s stage 2 on %s", agency, d).isEqualTo(sql(agency, STAGE_2, d));
				assertThat(month.count(Row.APPROVED_WAITING)).as("%s approved on %s", agency, d).isEqualTo(sql(agency, APPROVED, d));
				assertThat(month.count(Row.PLACED_BEFORE_ORDER)).as("%s placed on %s", agency, d).isEqualTo(sql(agency, PLACED, d));
			}
		}
	}

	@Test
	void theDemoDataIsShapedLikeTheAnnualReport() {
		// the annual report's March figures: enquiry 21, stage 1 17, stage 2 9, approved 19, placed 18
		// (the demo's own households: other tests add theirs)
		LocalDate today = LocalDate.now();
		String demo = " AND reference LIKE 'D%'";
		String east = "adopt-london-east";
		assertThat(sql(east, ENQUIRY + demo, today)).isEqualTo(21);
		assertThat(sql(east, STAGE_1 + demo, today)).isEqualTo(17);
		assertThat(sql(east, STAGE_2 + demo, today)).isEqualTo(9);
		assertThat(sql(east, APPROVED + demo, today)).isEqualTo(19);
		assertThat(sql(east, PLACED + demo, today)).isEqualTo(18);
	}

	@Test
	void theWorkloadPageShowsFiguresToManagersAndNotToSocialWorkers() throws Exception {
		mvc.perform(get("/households/workload").with(as("ale.manager"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Approved and awaiting a match")))
			.andExpect(content().string(containsString("From enquiry to approval")));
		mvc.perform(get("/households/workload").with(as("ale.worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/households/workload").with(as("hub.analyst"))).andExpect(status().isForbidden());
	}

	// ---------------------------------------------------------------- the children waiting beside the applicants

	private CurrentUser user(String username) {
		return ((CurrentUsers.HasCurrentUser) users.loadUserByUsername(username)).user();
	}

	/** One child of the child table, as this test reads it. */
	record ChildRow(UUID id, String borough, String ethnicity, LocalDate birth, boolean born, String siblingGroup,
			int siblingsPlacedWith) {
	}

	private List<ChildRow> childRows(Set<UUID> ids) {
		return jdbc.sql("SELECT id, borough_code, ethnicity, birth_date, born, sibling_group, siblings_placed_with FROM child")
			.query((rs, n) -> new ChildRow(rs.getObject("id", UUID.class), rs.getString("borough_code"),
					rs.getString("ethnicity"), rs.getObject("birth_date", LocalDate.class), rs.getBoolean("born"),
					rs.getString("sibling_group"), rs.getInt("siblings_placed_with")))
			.list()
			.stream()
			.filter(c -> ids.contains(c.id()))
			.toList();
	}

	private static String group(String code) {
		if (code.equals("REFU") || code.equals("NOBT")) {
			return "Not known";
		}
		return switch (code.substring(0, 1)) {
			case "W" -> "White";
			case "M" -> "Mixed";
			case "A" -> "Asian";
			case "B" -> "Black";
			default -> "Chinese or other ethnic group";
		};
	}

	private static String band(ChildRow c, LocalDate today) {
		if (!c.born() || c.birth().isAfter(today)) {
			return "Under 1";
		}
		int years = Period.between(c.birth(), today).getYears();
		return years < 1 ? "Under 1" : years < 5 ? "1 to 4" : years < 10 ? "5 to 9" : "10 and over";
	}

	/**
	 * Who waits, as the children waiting page decides it, for a manager of Adopt London East; the figures
	 * are then counted here from the child table, apart from the code under test.
	 */
	private Set<UUID> waitingAsTheChildrenWaitingPageDecides() {
		return tracker.rows(children.tracker(user("ale.manager"), "Test"), TrackerFilter.none())
			.stream()
			.filter(TrackerRow::waiting)
			.map(r -> r.id().value())
			.collect(Collectors.toSet());
	}

	@Test
	void theChildrenWaitingAreCountedAsTheChildTableSays() {
		LocalDate today = tracker.today();
		var ids = waitingAsTheChildrenWaitingPageDecides();
		var rows = childRows(ids);
		var figures = children.waitingFigures(user("ale.manager"));

		assertThat(ids).as("the demo data has children waiting in Adopt London East").hasSizeGreaterThan(20);
		assertThat(figures.children()).isEqualTo(ids.size());
		var byGroup = rows.stream().collect(Collectors.groupingBy(c -> group(c.ethnicity()), Collectors.counting()));
		assertThat(byGroup.keySet()).as("the demo data spreads the children over several groups").hasSizeGreaterThan(3);
		for (EthnicGroup g : EthnicGroup.values()) {
			assertThat(figures.count(g)).as(g.label()).isEqualTo(byGroup.getOrDefault(g.label(), 0L).intValue());
		}
		var byBand = rows.stream().collect(Collectors.groupingBy(c -> band(c, today), Collectors.counting()));
		assertThat(byBand.keySet()).hasSizeGreaterThan(2);
		for (ChildrenWaiting.AgeBand b : ChildrenWaiting.AgeBand.values()) {
			assertThat(figures.count(b)).as(b.label()).isEqualTo(byBand.getOrDefault(b.label(), 0L).intValue());
		}
		// a sibling group: the children sharing a borough and a group reference (or a child alone), as
		// large as the plan says (the child and the siblings to be placed with) or as the children waiting
		var groups = new HashMap<String, List<ChildRow>>();
		rows.stream().filter(c -> c.siblingsPlacedWith() > 0).forEach(c -> groups
			.computeIfAbsent(c.borough() + "|" + (c.siblingGroup() == null ? c.id() : c.siblingGroup()), k -> new ArrayList<>())
			.add(c));
		int inGroups = groups.values().stream()
			.mapToInt(g -> Math.max(g.size(), 1 + g.stream().mapToInt(ChildRow::siblingsPlacedWith).max().orElse(0)))
			.sum();
		assertThat(groups).as("the demo data has sibling groups waiting").isNotEmpty();
		assertThat(figures.siblingGroups()).isEqualTo(groups.size());
		assertThat(figures.childrenInSiblingGroups()).isEqualTo(inGroups).isGreaterThan(groups.size());
	}

	@Test
	void theChildrenWaitingOfTheDemoDataEqualAnSqlCount() {
		// the demo's own journeys (no correction, no disruption, nothing recorded by a test): waiting is a
		// should be placed for adoption decision and no match, placement, order or end of the plan (a child
		// linked or at the matching panel still waits)
		LocalDate today = tracker.today();
		String demoEast = """
				FROM child c JOIN local_authority la ON la.ons_code = c.borough_code
				WHERE la.agency_id = :agency
				AND NOT EXISTS (SELECT 1 FROM journey_entry e WHERE e.child_id = c.id AND e.recorded_by <> 'demo-data')""";
		List<UUID> sqlWaiting = jdbc.sql("SELECT c.id " + demoEast + """
				 AND EXISTS (SELECT 1 FROM journey_entry e WHERE e.child_id = c.id
				   AND e.event_type = 'SHOULD_BE_PLACED_DECISION' AND e.event_date <= :today)
				 AND NOT EXISTS (SELECT 1 FROM journey_entry e WHERE e.child_id = c.id AND e.event_date <= :today
				   AND e.event_type IN ('MATCH_DECISION', 'PLACED_FOR_ADOPTION', 'ADOPTION_ORDER',
				     'ADOPTION_NO_LONGER_THE_PLAN'))""")
			.param("agency", EAST)
			.param("today", today)
			.query(UUID.class)
			.list();
		Set<UUID> demo = Set.copyOf(jdbc.sql("SELECT c.id " + demoEast).param("agency", EAST).query(UUID.class).list());
		var waiting = waitingAsTheChildrenWaitingPageDecides();
		assertThat(sqlWaiting).hasSizeGreaterThan(20);
		assertThat(waiting.stream().filter(demo::contains).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(sqlWaiting);
		// the figures count the same children: the rest are children that tests added or changed
		int others = (int) waiting.stream().filter(id -> !demo.contains(id)).count();
		assertThat(children.waitingFigures(user("ale.manager")).children()).isEqualTo(sqlWaiting.size() + others);
	}

	@Test
	void theWorkloadPageShowsTheChildrenWaitingAsTheChildrenWaitingPageCountsThem() throws Exception {
		String waitingPage = mvc.perform(get("/children/waiting").with(as("ale.manager")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher m = Pattern.compile("(\\d+) children waiting").matcher(waitingPage);
		assertThat(m.find()).isTrue();
		int onTheWaitingPage = Integer.parseInt(m.group(1));

		var tables = tablesOf(page("ale.manager"));
		var ethnicity = tables.stream().filter(t -> t.get(0).get(0).contains("by ethnic group")).findFirst().orElseThrow();
		assertThat(ethnicity.get(1)).containsExactly("Ethnic group", "Applicants", "Children waiting");
		assertThat(ethnicity.get(ethnicity.size() - 1)).first().isEqualTo("All");
		assertThat(Integer.parseInt(ethnicity.get(ethnicity.size() - 1).get(2))).isEqualTo(onTheWaitingPage);
		assertThat(ethnicity.stream().skip(2).map(l -> l.get(0)).toList()).containsExactly("White", "Mixed", "Asian",
				"Black", "Chinese or other ethnic group", "Not known", "All");
		// a board member, who sees no child's record, sees the same figures
		var board = tablesOf(page("ale.board"));
		assertThat(board).isEqualTo(tables);
	}

	@Test
	void theCsvDownloadHoldsTheFiguresOfThePageAndIsAudited() throws Exception {
		var onThePage = tablesOf(page("ale.manager"));
		long exportsBefore = exports();
		var response = mvc.perform(post("/households/workload/export").with(as("ale.manager")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"hearth-adopter-workload-")))
			.andExpect(header().string("Content-Disposition", containsString(".csv\"")))
			.andReturn().getResponse();
		var inTheCsv = sectionsOf(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(onThePage).hasSize(8);
		assertThat(inTheCsv).isEqualTo(onThePage);
		assertThat(exports()).isEqualTo(exportsBefore + 1);
		// and the API gives the same tables, children waiting included
		String json = mvc.perform(get("/api/v1/adopters/workload/tables").with(as("ale.manager")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> ids = com.jayway.jsonpath.JsonPath.read(json, "$.tables[*].id");
		assertThat(ids).contains("ethnicity", "age", "siblings").hasSize(onThePage.size());
		List<List<String>> ageCells = com.jayway.jsonpath.JsonPath.read(json, "$.tables[?(@.id == 'age')].lines[*].cells");
		assertThat(ageCells.stream().map(cells -> cells.get(0)).toList())
			.isEqualTo(onThePage.get(ids.indexOf("age")).stream().skip(2).map(line -> line.get(1)).toList());
	}

	@Test
	void onlyAgencyRolesThatReadFiguresSeeOrDownloadTheWorkload() throws Exception {
		for (String username : List.of("ale.worker", "havering.manager", "havering.worker", "hub.analyst", "ale.chair")) {
			mvc.perform(get("/households/workload").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(post("/households/workload/export").with(as(username)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThatThrownBy(() -> children.waitingFigures(user("ale.worker"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> children.waitingFigures(user("havering.manager"))).isInstanceOf(AccessDeniedException.class);
	}

	private long exports() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORTED' AND subject_type = 'adopter-workload'")
			.query(Long.class)
			.single();
	}

	private String page(String username) throws Exception {
		return mvc.perform(get("/households/workload").with(as(username)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Each table of the page: its caption, its header row, then its rows, as text. */
	static List<List<List<String>>> tablesOf(String html) {
		var tables = new ArrayList<List<List<String>>>();
		Matcher table = Pattern.compile("<table.*?</table>", Pattern.DOTALL).matcher(html);
		while (table.find()) {
			var lines = new ArrayList<List<String>>();
			Matcher caption = Pattern.compile("<caption[^>]*>(.*?)</caption>", Pattern.DOTALL).matcher(table.group());
			lines.add(List.of(caption.find() ? text(caption.group(1)) : ""));
			Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group());
			while (row.find()) {
				var cells = new ArrayList<String>();
				Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
				while (cell.find()) {
					cells.add(text(cell.group(1)));
				}
				lines.add(cells);
			}
			tables.add(lines);
		}
		return tables;
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
			.replaceAll("\\s+", " ").strip();
	}

	/** Each section of the CSV: its caption line, its header line, then its rows; sections apart by a blank line. */
	static List<List<List<String>>> sectionsOf(String csv) {
		var sections = new ArrayList<List<List<String>>>();
		var current = new ArrayList<List<String>>();
		for (String line : csv.split("\r?\n", -1)) {
			if (line.isEmpty()) {
				if (!current.isEmpty()) {
					sections.add(current);
				}
				current = new ArrayList<>();
				continue;
			}
			current.add(cells(line));
		}
		if (!current.isEmpty()) {
			sections.add(current);
		}
		return sections;
	}

	private static List<String> cells(String line) {
		var cells = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
