package org.hearth.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hearth.access.internal.StaffAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may reach each endpoint. Every endpoint of Hearth has a line here; a new endpoint joins it.
 *
 * <ul>
 * <li>PUBLIC: anyone, signed in or not;</li>
 * <li>STAFF: any fully signed-in member of staff;</li>
 * <li>SIGN_IN_STEP: only someone half-way through signing in (so no fully signed-in role);</li>
 * <li>CAPABILITY: staff whose role has the capability;</li>
 * <li>CHILD: staff whose role has the capability and whose boroughs include the child's, tried with a
 * Havering child (every case role's own), a Newham child (Adopt London East's, not Havering's) and an
 * Islington child (another agency's).</li>
 * <li>OWNER: staff whose role has the capability, for a record only its creator sees (an import), tried
 * with one created by {@value #OWNER}: anyone else with the capability is answered 404, as if it did not
 * exist.</li>
 * <li>ADOPTERS: agency staff whose role has the capability (adopter records and their figures are the
 * agency's; borough, hub and administration roles have none).</li>
 * <li>HOUSEHOLD: agency staff whose role has the capability (and, where listed, is one of the roles),
 * tried with a household of the user's own agency and with one of another agency.</li>
 * <li>POOL_HOUSEHOLD: as HOUSEHOLD, tried with approved households that have an approval range.</li>
 * <li>AGENCY_CHILD: agency staff whose role has the capability, for a child of their agency's boroughs
 * (family finding is the agency's), tried with the CHILD rules' three children; a parameter or body
 * value of {@code {id}} is the child's id.</li>
 * <li>SEARCH: a family-finding search, tried with one of Adopt London East for a Havering child and
 * one of Adopt London North for an Islington child: the searching agency's staff with the capability
 * (and, where listed, one of the roles), and the child's borough staff with the capability (where
 * listed, one of the roles).</li>
 * <li>LINK: staff whose role has the capability and who may see the link: the searching agency's staff
 * serving the child's borough, and the staff of the child's borough; tried with a link of a Havering
 * child (Adopt London East's search) and of an Islington child (Adopt London North's search).</li>
 * <li>LINK_WORK: the searching agency's staff whose role has the capability (borough staff only read).</li>
 * <li>LINK_DECISION: only the agency decision maker of the child's borough.</li>
 * <li>LINK_STEP: LINK_WORK or LINK_DECISION (the API's one endpoint for every step).</li>
 * </ul>
 */
class AccessMatrix {

	enum Kind {
		PUBLIC, STAFF, SIGN_IN_STEP, CAPABILITY, CHILD, OWNER, ADOPTERS, HOUSEHOLD, POOL_HOUSEHOLD, AGENCY_CHILD, SEARCH,
		LINK, LINK_WORK, LINK_DECISION, LINK_STEP,
		/** The page of roles waiting for approval: heads of service and system administrators. */
		GRANT_APPROVER,
		/** Deciding an unknown grant: no one (AccountChangesIT covers who decides a real one). */
		UNKNOWN_GRANT
	}

	/** The creator of the records of OWNER rules. */
	static final String OWNER = "ale.worker";

	/**
	 * @param json a JSON body to send, or null
	 * @param roles where not null, only these roles (with the capability) may
	 */
	record Rule(Kind kind, Capability capability, Map<String, String> params, String json, Set<Role> roles) {

		Rule(Kind kind, Capability capability, Map<String, String> params) {
			this(kind, capability, params, null, null);
		}
	}

	/**
	 * What to put in the path: an id, for CHILD rules the borough of the child it names, for HOUSEHOLD
	 * rules the agency of the household.
	 */
	record Target(String id, String boroughCode, String agencyId, String description) {

		String path(String pattern) {
			return pattern.replaceAll("\\{[^}]+}", id == null ? "x" : id);
		}

		/** A parameter or body value with {@code {id}} replaced by the target's id. */
		String fill(String value) {
			return value.replace("{id}", id == null ? "x" : id);
		}
	}

	private final StaffAccounts accounts;

	private final JdbcClient jdbc;

	private String ownedImport;

	AccessMatrix(StaffAccounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	static String demoAccountOf(Role role) {
		return switch (role) {
			case HEAD_OF_SERVICE -> "ale.head";
			case TEAM_MANAGER -> "ale.manager";
			case SOCIAL_WORKER -> "ale.worker";
			case BUSINESS_SUPPORT_OFFICER -> "ale.support";
			case PANEL_ADVISER -> "ale.adviser";
			case AGENCY_DECISION_MAKER -> "ale.adm";
			case FINANCE_OFFICER -> "ale.finance";
			case PERFORMANCE_ANALYST -> "ale.analyst";
			case BOROUGH_SOCIAL_WORKER -> "havering.worker";
			case BOROUGH_TEAM_MANAGER -> "havering.manager";
			case BOROUGH_DECISION_MAKER -> "havering.adm";
			case PANEL_CHAIR -> "ale.chair";
			case PANEL_MEMBER -> "ale.member";
			case MEDICAL_ADVISER -> "ale.medical";
			case BOARD_MEMBER -> "ale.board";
			case HUB_ANALYST -> "hub.analyst";
			case SYSTEM_ADMINISTRATOR -> "admin";
		};
	}

	Map<String, Rule> rules() {
		var rules = new LinkedHashMap<String, Rule>();
		rules.put("GET /login", rule(Kind.PUBLIC));
		rules.put("GET /login/code", rule(Kind.SIGN_IN_STEP));
		rules.put("POST /login/code", rule(Kind.SIGN_IN_STEP));
		rules.put("GET /login/set-up-second-factor", rule(Kind.SIGN_IN_STEP));
		rules.put("POST /login/set-up-second-factor", rule(Kind.SIGN_IN_STEP));
		rules.put("GET /", rule(Kind.STAFF));
		rules.put("GET /accessibility", rule(Kind.STAFF));
		rules.put("GET /account", rule(Kind.STAFF));
		rules.put("POST /account/tokens", rule(Kind.STAFF));
		rules.put("POST /account/tokens/{id}/revoke", rule(Kind.STAFF));
		rules.put("GET /account/second-factor", rule(Kind.STAFF));
		rules.put("POST /account/second-factor", rule(Kind.STAFF));
		rules.put("GET /session/keep-alive", rule(Kind.STAFF));
		rules.put("GET /api/v1/me", rule(Kind.STAFF));
		rules.put("GET /admin/users", capability(Capability.USER_ADMIN));
		rules.put("GET /admin/users/new", capability(Capability.USER_ADMIN));
		rules.put("POST /admin/users", capability(Capability.USER_ADMIN));
		rules.put("GET /admin/users/{id}", capability(Capability.USER_ADMIN));
		rules.put("POST /admin/users/{id}", capability(Capability.USER_ADMIN));
		rules.put("POST /admin/users/{id}/status", capability(Capability.USER_ADMIN, "change", "unlock"));
		rules.put("GET /admin/grants", rule(Kind.GRANT_APPROVER));
		rules.put("POST /admin/grants/{id}/approve", rule(Kind.UNKNOWN_GRANT));
		rules.put("POST /admin/grants/{id}/decline", rule(Kind.UNKNOWN_GRANT));
		rules.put("GET /admin/organisation", capability(Capability.ORGANISATION_ADMIN));
		rules.put("POST /admin/organisation/local-authorities", capability(Capability.ORGANISATION_ADMIN));
		rules.put("POST /admin/organisation/teams", capability(Capability.ORGANISATION_ADMIN));
		rules.put("GET /admin/bank-holidays", capability(Capability.ORGANISATION_ADMIN));
		rules.put("POST /admin/bank-holidays", capability(Capability.ORGANISATION_ADMIN));
		rules.put("POST /admin/bank-holidays/remove", capability(Capability.ORGANISATION_ADMIN));
		rules.put("GET /audit", capability(Capability.AUDIT_READ));
		rules.put("GET /audit/record", capability(Capability.AUDIT_READ, "type", "child", "id", "x"));
		rules.put("POST /audit/export", capability(Capability.AUDIT_READ));
		rules.put("GET /audit/chain", capability(Capability.AUDIT_READ));
		rules.put("GET /api/v1/reports/scorecard",
				capability(Capability.AGGREGATES_READ, "from", "2016-04-01", "to", "2017-03-31"));
		rules.put("GET /reports", capability(Capability.AGGREGATES_READ));
		rules.put("GET /reports/scorecard", capability(Capability.AGGREGATES_READ, "year", "2017"));
		rules.put("POST /reports/scorecard/export",
				capability(Capability.AGGREGATES_READ, "year", "2017", "reason", "access matrix"));
		rules.put("GET /children", capability(Capability.CASE_READ));
		rules.put("GET /children/stages", capability(Capability.CASE_READ));
		rules.put("GET /children/waiting", capability(Capability.CASE_READ));
		rules.put("GET /children/life-story", capability(Capability.CASE_READ));
		rules.put("POST /children/export", capability(Capability.CASE_EXPORT, "reason", "access matrix"));
		rules.put("GET /children/new", capability(Capability.CASE_WRITE));
		rules.put("POST /children", capability(Capability.CASE_WRITE));
		rules.put("GET /children/{id}", child(Capability.CASE_READ));
		rules.put("GET /children/{id}/edit", child(Capability.CASE_WRITE));
		rules.put("POST /children/{id}", child(Capability.CASE_WRITE));
		rules.put("POST /children/{id}/events", child(Capability.CASE_WRITE));
		rules.put("POST /children/{id}/corrections", child(Capability.CASE_WRITE));
		rules.put("POST /children/{id}/life-story", child(Capability.CASE_WRITE));
		rules.put("GET /api/v1/children", capability(Capability.CASE_READ));
		rules.put("POST /api/v1/children", new Rule(Kind.CAPABILITY, Capability.CASE_WRITE, Map.of(), "{}", null));
		rules.put("GET /api/v1/children/{id}", child(Capability.CASE_READ));
		rules.put("POST /api/v1/children/{id}/events", new Rule(Kind.CHILD, Capability.CASE_WRITE, Map.of(), "{}", null));
		rules.put("GET /children/import", capability(Capability.CASE_WRITE));
		rules.put("POST /children/import", capability(Capability.CASE_WRITE));
		rules.put("GET /children/import/template.csv", capability(Capability.CASE_WRITE));
		rules.put("GET /children/import/{id}", owner(Capability.CASE_WRITE));
		rules.put("POST /children/import/{id}/apply", owner(Capability.CASE_WRITE));
		rules.put("GET /notifications", rule(Kind.STAFF));
		// adopters: the front door is public; everything else is the agency's own
		rules.put("GET /enquire", rule(Kind.PUBLIC));
		rules.put("POST /enquire", new Rule(Kind.PUBLIC, null, AccessMatrixIT.params("name", "Matrix Enquirer", "email",
				"matrix.enquirer@example.org", "boroughCode", "E09000016", "source", "WEBSITE")));
		rules.put("GET /enquire/thank-you", rule(Kind.PUBLIC));
		rules.put("GET /enquire/privacy", rule(Kind.PUBLIC));
		rules.put("GET /households", adopters(Capability.CASE_READ));
		rules.put("GET /households/overdue", adopters(Capability.CASE_READ));
		rules.put("GET /households/workload", adopters(Capability.AGGREGATES_READ));
		rules.put("POST /households/workload/export", adopters(Capability.AGGREGATES_READ));
		rules.put("GET /households/enquiries/new", adopters(Capability.CASE_WRITE));
		rules.put("GET /households/events", adopters(Capability.CASE_READ));
		rules.put("POST /households/reassign", adopters(Capability.CASE_WRITE, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE));
		rules.put("POST /households/events", adopters(Capability.CASE_WRITE));
		rules.put("POST /households/enquiries", new Rule(Kind.ADOPTERS, Capability.CASE_WRITE, AccessMatrixIT.params(
				"name", "Matrix Caller", "phone", "01632 960999", "boroughCode", "E09000016", "source", "RADIO", "via", "PHONE")));
		rules.put("GET /households/{id}", household(Capability.CASE_READ));
		rules.put("GET /households/{id}/approval-range", household(Capability.CASE_READ));
		rules.put("POST /households/{id}/approval-range", household(Capability.CASE_WRITE));
		rules.put("GET /households/{id}/applicants/new", household(Capability.CASE_WRITE));
		rules.put("GET /households/{id}/details", household(Capability.CASE_WRITE));
		rules.put("POST /households/{id}/details", household(Capability.CASE_WRITE));
		rules.put("POST /households/{id}/applicants", household(Capability.CASE_WRITE));
		rules.put("POST /households/{id}/steps/{step}", household(Capability.CASE_WRITE));
		rules.put("POST /households/{id}/duplicates/{other}/same", household(Capability.CASE_WRITE));
		rules.put("POST /households/{id}/duplicates/{other}/different", household(Capability.CASE_WRITE));
		rules.put("POST /households/{id}/panel", household(Capability.CASE_WRITE, Role.PANEL_ADVISER));
		rules.put("POST /households/{id}/agency-decision", household(Capability.CASE_WRITE, Role.AGENCY_DECISION_MAKER));
		rules.put("POST /households/{id}/final-decision", household(Capability.CASE_WRITE, Role.AGENCY_DECISION_MAKER));
		rules.put("GET /api/v1/households", adopters(Capability.CASE_READ));
		rules.put("GET /api/v1/households/{id}", household(Capability.CASE_READ));
		rules.put("GET /api/v1/households/{id}/checks", household(Capability.CASE_READ));
		rules.put("GET /api/v1/adopters/workload", adopters(Capability.AGGREGATES_READ));
		rules.put("GET /api/v1/adopters/workload/tables", adopters(Capability.AGGREGATES_READ));
		// matching: family finding is the agency's; a search is seen by the child's borough too
		rules.put("GET /matching", adopters(Capability.CASE_READ));
		rules.put("GET /matching/sufficiency", adopters(Capability.CASE_READ));
		rules.put("GET /matching/settings", adopters(Capability.CASE_READ));
		rules.put("POST /matching/settings", new Rule(Kind.ADOPTERS, Capability.CASE_READ, AccessMatrixIT.params("heritage",
				"20", "religion", "10", "language", "10", "needsCapacity", "25", "earlyPermanence", "10", "contact", "15",
				"distance", "10", "distancePolicy", "AWAY_FROM_BIRTH_FAMILY_BOROUGH"), null,
				Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE)));
		rules.put("POST /matching/searches", new Rule(Kind.AGENCY_CHILD, Capability.CASE_WRITE, Map.of("childId", "{id}")));
		rules.put("GET /matching/searches/{id}", search(Capability.CASE_READ, null));
		rules.put("POST /matching/searches/{id}/sign-off", search(Capability.CASE_WRITE,
				Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.BOROUGH_TEAM_MANAGER)));
		rules.put("POST /matching/searches/{id}/widen", search(Capability.CASE_WRITE, AGENCY_ROLES));
		rules.put("POST /matching/searches/{id}/shortlist", search(Capability.CASE_WRITE, AGENCY_ROLES));
		rules.put("GET /matching/children/{id}/needs", child(Capability.CASE_READ));
		rules.put("POST /matching/children/{id}/needs", child(Capability.CASE_WRITE));
		rules.put("GET /matching/fees", adopters(Capability.CASE_READ));
		rules.put("POST /matching/fees", new Rule(Kind.ADOPTERS, Capability.CASE_READ, AccessMatrixIT.params("kind",
				"VOLUNTARY_ADOPTION_AGENCY", "day", "1", "month", "4", "year", "2019", "firstChild", "31620", "source",
				"Voluntary adoption agency fee 2019/20"), null, Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE,
						Role.FINANCE_OFFICER)));
		rules.put("GET /matching/outside-households", adopters(Capability.CASE_READ));
		rules.put("GET /matching/outside-households/new", adopters(Capability.CASE_WRITE));
		rules.put("POST /matching/outside-households", adopters(Capability.CASE_WRITE));
		rules.put("GET /matching/households/{id}", new Rule(Kind.POOL_HOUSEHOLD, Capability.CASE_READ, Map.of()));
		rules.put("POST /api/v1/searches", new Rule(Kind.AGENCY_CHILD, Capability.CASE_WRITE, Map.of(),
				"{\"childId\":\"{id}\"}", null));
		rules.put("GET /api/v1/searches/{id}", search(Capability.CASE_READ, null));
		rules.put("POST /api/v1/searches/{id}/sign-offs", search(Capability.CASE_WRITE,
				Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.BOROUGH_TEAM_MANAGER)));
		rules.put("POST /api/v1/searches/{id}/widen", search(Capability.CASE_WRITE, AGENCY_ROLES));
		// links: the searching agency works on them, the child's borough reads them and decides the match
		rules.put("GET /links", capability(Capability.CASE_READ));
		rules.put("POST /links", adopters(Capability.CASE_WRITE));
		rules.put("GET /links/{id}", link(Kind.LINK, Capability.CASE_READ));
		rules.put("POST /links/{id}/steps", link(Kind.LINK_WORK, Capability.CASE_WRITE));
		rules.put("POST /links/{id}/decision", link(Kind.LINK_DECISION, Capability.CASE_WRITE));
		rules.put("POST /links/{id}/close", link(Kind.LINK_WORK, Capability.CASE_WRITE));
		rules.put("GET /api/v1/links", capability(Capability.CASE_READ));
		rules.put("POST /api/v1/links", new Rule(Kind.ADOPTERS, Capability.CASE_WRITE, Map.of(), "{}", null));
		rules.put("GET /api/v1/links/{id}", link(Kind.LINK, Capability.CASE_READ));
		rules.put("POST /api/v1/links/{id}/steps", new Rule(Kind.LINK_STEP, Capability.CASE_WRITE, Map.of(), "{}", null));
		rules.put("POST /api/v1/links/{id}/close", new Rule(Kind.LINK_WORK, Capability.CASE_WRITE, Map.of(), "{}", null));
		return rules;
	}

	Set<String> endpoints() {
		return rules().keySet();
	}

	List<Target> targets(Rule rule) {
		if (rule.kind() == Kind.SEARCH) {
			return List.of(searchOf("adopt-london-east", HAVERING, "a search of Adopt London East for a Havering child"),
					searchOf("adopt-london-north", ISLINGTON, "a search of Adopt London North for an Islington child"));
		}
		if (rule.kind() == Kind.POOL_HOUSEHOLD) {
			return List.of(new Target(anApprovedHouseholdOf("adopt-london-east"), null, "adopt-london-east",
					"own agency's approved household"),
					new Target(anApprovedHouseholdOf("adopt-london-north"), null, "adopt-london-north",
							"another agency's approved household"));
		}
		if (rule.kind() == Kind.CHILD || rule.kind() == Kind.AGENCY_CHILD) {
			return List.of(childOf(HAVERING, "a Havering child"), childOf(NEWHAM, "a Newham child"),
					childOf(ISLINGTON, "an Islington child (another agency)"));
		}
		if (rule.kind() == Kind.OWNER) {
			return List.of(new Target(ownedImport(), null, null, "an import of " + OWNER));
		}
		if (rule.kind() == Kind.HOUSEHOLD) {
			return List.of(new Target(aHouseholdOf("adopt-london-east"), null, "adopt-london-east", "own agency's household"),
					new Target(aHouseholdOf("adopt-london-north"), null, "adopt-london-north", "another agency's household"));
		}
		if (rule.kind() == Kind.LINK || rule.kind() == Kind.LINK_WORK || rule.kind() == Kind.LINK_DECISION
				|| rule.kind() == Kind.LINK_STEP) {
			return List.of(linkOf(HAVERING_LINK, HAVERING, "adopt-london-east", "a link of a Havering child"),
					linkOf(ISLINGTON_LINK, ISLINGTON, "adopt-london-north", "a link of an Islington child (another agency)"));
		}
		// an account id makes the account pages real; other {id}s are unknown ids
		String anAccount = accounts.byUsername("ale.worker").orElseThrow().id().toString();
		return List.of(new Target(anAccount, null, null, ""));
	}

	private String aHouseholdOf(String agencyId) {
		return jdbc.sql("SELECT id FROM household WHERE agency_id = :agency AND reference LIKE 'D%' ORDER BY reference LIMIT 1")
			.param("agency", agencyId)
			.query(String.class)
			.single();
	}

	private String anApprovedHouseholdOf(String agencyId) {
		return jdbc.sql("""
				SELECT h.id FROM household h JOIN approval_range r ON r.household_id = h.id
				WHERE h.agency_id = :agency AND h.approved_on IS NOT NULL AND h.child_placed_on IS NULL
				AND h.left_on IS NULL AND h.approval_ended_on IS NULL ORDER BY h.reference LIMIT 1""")
			.param("agency", agencyId)
			.query(String.class)
			.single();
	}

	/** A search of the agency for the first child of the borough, made once. */
	private Target searchOf(String agencyId, String borough, String description) {
		String child = childOf(borough, "").id();
		String id = jdbc.sql("""
				SELECT s.id FROM family_finding_search s JOIN family_finding_search_child c ON c.search_id = s.id
				WHERE s.agency_id = :agency AND c.child_id = :child""")
			.param("agency", agencyId)
			.param("child", UUID.fromString(child))
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				var searchId = UUID.randomUUID();
				jdbc.sql("""
						INSERT INTO family_finding_search (id, agency_id, borough_code, started_by, started_at, scope, version)
						VALUES (:id, :agency, :borough, 'matrix', :now, 'IN_HOUSE', 0)""")
					.param("id", searchId)
					.param("agency", agencyId)
					.param("borough", borough)
					.param("now", OffsetDateTime.now(ZoneOffset.UTC))
					.update();
				jdbc.sql("INSERT INTO family_finding_search_child (search_id, position, child_id) VALUES (:id, 0, :child)")
					.param("id", searchId)
					.param("child", UUID.fromString(child))
					.update();
				return searchId.toString();
			});
		return new Target(id, borough, agencyId, description);
	}

	private static final Set<Role> AGENCY_ROLES = java.util.EnumSet.copyOf(java.util.Arrays.stream(Role.values())
		.filter(r -> r.affiliation() == Affiliation.AGENCY)
		.toList());

	boolean allows(Rule rule, Role role, String username, Target target) {
		return switch (rule.kind()) {
			case PUBLIC, STAFF -> true;
			case SIGN_IN_STEP, UNKNOWN_GRANT -> false;
			case GRANT_APPROVER -> role == Role.HEAD_OF_SERVICE || role == Role.SYSTEM_ADMINISTRATOR;
			case CAPABILITY -> role.can(rule.capability());
			case CHILD -> role.can(rule.capability()) && expectedScope(role).contains(target.boroughCode());
			case OWNER -> role.can(rule.capability()) && OWNER.equals(username);
			case ADOPTERS -> role.can(rule.capability()) && role.affiliation() == Affiliation.AGENCY
					&& (rule.roles() == null || rule.roles().contains(role));
			case HOUSEHOLD, POOL_HOUSEHOLD -> role.can(rule.capability()) && role.affiliation() == Affiliation.AGENCY
					&& target.agencyId().equals(accounts.byUsername(username).orElseThrow().agencyId())
					&& (rule.roles() == null || rule.roles().contains(role));
			case AGENCY_CHILD -> role.can(rule.capability()) && role.affiliation() == Affiliation.AGENCY
					&& expectedScope(role).contains(target.boroughCode());
			case SEARCH -> role.can(rule.capability()) && (rule.roles() == null || rule.roles().contains(role))
					&& switch (role.affiliation()) {
						case AGENCY -> target.agencyId().equals(accounts.byUsername(username).orElseThrow().agencyId());
						case BOROUGH -> expectedScope(role).contains(target.boroughCode());
						case HUB, NONE -> false;
					};
			case LINK -> role.can(rule.capability()) && expectedScope(role).contains(target.boroughCode())
					&& (role.affiliation() != Affiliation.AGENCY || target.agencyId().equals(agencyOf(username)));
			case LINK_WORK -> mayWork(rule, role, username, target);
			case LINK_DECISION -> mayDecide(role, target);
			case LINK_STEP -> mayWork(rule, role, username, target) || mayDecide(role, target);
		};
	}

	private boolean mayWork(Rule rule, Role role, String username, Target target) {
		return role.can(rule.capability()) && role.affiliation() == Affiliation.AGENCY
				&& target.agencyId().equals(agencyOf(username));
	}

	private static boolean mayDecide(Role role, Target target) {
		return role == Role.BOROUGH_DECISION_MAKER && expectedScope(role).contains(target.boroughCode());
	}

	private String agencyOf(String username) {
		return accounts.byUsername(username).orElseThrow().agencyId();
	}

	static final String HAVERING_LINK = "00000000-0000-4000-8000-00000000a001";

	static final String ISLINGTON_LINK = "00000000-0000-4000-8000-00000000a002";

	/** A link shortlisted by the agency for the first child of the borough, stored once. */
	private Target linkOf(String id, String borough, String agencyId, String description) {
		var linkId = UUID.fromString(id);
		boolean stored = jdbc.sql("SELECT COUNT(*) FROM matching_link WHERE id = :id").param("id", linkId)
			.query(Long.class).single() > 0;
		if (!stored) {
			var child = UUID.fromString(childOf(borough, "").id());
			var household = UUID.fromString(aHouseholdOf(agencyId));
			var now = OffsetDateTime.now(ZoneOffset.UTC);
			jdbc.sql("""
					INSERT INTO matching_link (id, household_id, household_agency_id, searching_agency_id, borough_code,
					  created_at, version) VALUES (:id, :household, :agency, :agency, :borough, :now, 1)""")
				.param("id", linkId).param("household", household).param("agency", agencyId).param("borough", borough)
				.param("now", now).update();
			jdbc.sql("INSERT INTO matching_link_child (link_id, position, child_id) VALUES (:id, 0, :child)")
				.param("id", linkId).param("child", child).update();
			jdbc.sql("""
					INSERT INTO matching_link_step (link_id, position, step, step_on, recorded_by, recorded_at)
					VALUES (:id, 0, 'SHORTLISTED', :on, 'matrix', :now)""")
				.param("id", linkId).param("on", java.time.LocalDate.of(2026, 1, 5)).param("now", now).update();
		}
		return new Target(id, borough, agencyId, description);
	}

	static final String HAVERING = "E09000016";

	static final String NEWHAM = "E09000025";

	static final String ISLINGTON = "E09000019";

	/**
	 * Whose children each demo account should see, written out by hand rather than asked of the access
	 * policy: agency staff of Adopt London East its four boroughs, Havering's staff Havering only.
	 */
	static Set<String> expectedScope(Role role) {
		if (!role.can(Capability.CASE_READ)) {
			return Set.of();
		}
		return switch (role.affiliation()) {
			case AGENCY -> Set.of("E09000002", HAVERING, NEWHAM, "E09000030");
			case BOROUGH -> Set.of(HAVERING);
			case HUB, NONE -> Set.of();
		};
	}

	private Target childOf(String borough, String description) {
		String id = jdbc.sql("SELECT id FROM child WHERE borough_code = :borough ORDER BY case_reference LIMIT 1")
			.param("borough", borough)
			.query(java.util.UUID.class)
			.single()
			.toString();
		return new Target(id, borough, null, description);
	}

	/** An import uploaded by {@value #OWNER}: a header row and no children, checked and ready. */
	private String ownedImport() {
		if (ownedImport == null) {
			var id = UUID.randomUUID();
			var now = OffsetDateTime.now(ZoneOffset.UTC);
			jdbc.sql("""
					INSERT INTO child_import (id, created_by, created_at, updated_at, file_name, content, status,
					  new_children, changed_children, unchanged_children)
					VALUES (:id, :owner, :now, :now, 'empty.csv', 'borough,case_reference,first_names,last_name,date_of_birth',
					  'READY', 0, 0, 0)""")
				.param("id", id)
				.param("owner", OWNER)
				.param("now", now)
				.update();
			ownedImport = id.toString();
		}
		return ownedImport;
	}

	private static Rule owner(Capability capability) {
		return new Rule(Kind.OWNER, capability, Map.of());
	}

	private static Rule rule(Kind kind) {
		return new Rule(kind, null, Map.of());
	}

	private static Rule adopters(Capability capability, Role... roles) {
		return new Rule(Kind.ADOPTERS, capability, Map.of(), null, roles.length == 0 ? null : Set.of(roles));
	}

	private static Rule household(Capability capability, Role... roles) {
		return new Rule(Kind.HOUSEHOLD, capability, Map.of(), null, roles.length == 0 ? null : Set.of(roles));
	}

	private static Rule capability(Capability capability, String... params) {
		return new Rule(Kind.CAPABILITY, capability, AccessMatrixIT.params(params));
	}

	private static Rule search(Capability capability, Set<Role> roles) {
		return new Rule(Kind.SEARCH, capability, Map.of(), null, roles);
	}

	private static Rule link(Kind kind, Capability capability) {
		return new Rule(kind, capability, Map.of());
	}

	private static Rule child(Capability capability) {
		return new Rule(Kind.CHILD, capability, Map.of());
	}
}
