package org.hearth.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.access.internal.StaffAccounts;

/**
 * Who may reach each endpoint. Every endpoint of Hearth has a line here; a new endpoint joins it.
 *
 * <ul>
 * <li>PUBLIC: anyone, signed in or not;</li>
 * <li>STAFF: any fully signed-in member of staff;</li>
 * <li>SIGN_IN_STEP: only someone half-way through signing in (so no fully signed-in role);</li>
 * <li>CAPABILITY: staff whose role has the capability;</li>
 * <li>CHILD: staff whose role has the capability and whose scope includes the child's borough, tried
 * with a child of the user's own borough (or agency) and with a child of another.</li>
 * <li>ADOPTERS: agency staff whose role has the capability (adopter records and their figures are the
 * agency's; borough, hub and administration roles have none).</li>
 * <li>HOUSEHOLD: agency staff whose role has the capability (and, where listed, is one of the roles),
 * tried with a household of the user's own agency and with one of another agency.</li>
 * </ul>
 */
class AccessMatrix {

	enum Kind {
		PUBLIC, STAFF, SIGN_IN_STEP, CAPABILITY, CHILD, ADOPTERS, HOUSEHOLD
	}

	record Rule(Kind kind, Capability capability, Map<String, String> params, Set<Role> roles) {

		Rule(Kind kind, Capability capability, Map<String, String> params) {
			this(kind, capability, params, null);
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
	}

	private final StaffAccounts accounts;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AccessMatrix(StaffAccounts accounts, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
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
		rules.put("GET /admin/organisation", capability(Capability.ORGANISATION_ADMIN));
		rules.put("POST /admin/organisation/local-authorities", capability(Capability.ORGANISATION_ADMIN));
		rules.put("POST /admin/organisation/teams", capability(Capability.ORGANISATION_ADMIN));
		rules.put("GET /audit", capability(Capability.AUDIT_READ));
		rules.put("GET /audit/record", capability(Capability.AUDIT_READ, "type", "child", "id", "x"));
		rules.put("POST /audit/export", capability(Capability.AUDIT_READ));
		rules.put("GET /audit/chain", capability(Capability.AUDIT_READ));
		rules.put("GET /notifications", rule(Kind.STAFF));
		// adopters: the front door is public; everything else is the agency's own
		rules.put("GET /enquire", rule(Kind.PUBLIC));
		rules.put("POST /enquire", new Rule(Kind.PUBLIC, null, AccessMatrixIT.params("name", "Matrix Enquirer", "email",
				"matrix.enquirer@example.org", "boroughCode", "E09000016", "source", "WEBSITE")));
		rules.put("GET /enquire/thank-you", rule(Kind.PUBLIC));
		rules.put("GET /households", adopters(Capability.CASE_READ));
		rules.put("GET /households/overdue", adopters(Capability.CASE_READ));
		rules.put("GET /households/workload", adopters(Capability.AGGREGATES_READ));
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
		rules.put("POST /households/{id}/panel", household(Capability.CASE_WRITE, Role.PANEL_ADVISER));
		rules.put("POST /households/{id}/agency-decision", household(Capability.CASE_WRITE, Role.AGENCY_DECISION_MAKER));
		rules.put("POST /households/{id}/final-decision", household(Capability.CASE_WRITE, Role.AGENCY_DECISION_MAKER));
		rules.put("GET /api/v1/households", adopters(Capability.CASE_READ));
		rules.put("GET /api/v1/households/{id}", household(Capability.CASE_READ));
		rules.put("GET /api/v1/households/{id}/checks", household(Capability.CASE_READ));
		rules.put("GET /api/v1/adopters/workload", adopters(Capability.AGGREGATES_READ));
		return rules;
	}

	Set<String> endpoints() {
		return rules().keySet();
	}

	List<Target> targets(Rule rule) {
		if (rule.kind() == Kind.CHILD) {
			throw new UnsupportedOperationException("child records join the matrix with the children module");
		}
		if (rule.kind() == Kind.HOUSEHOLD) {
			return List.of(new Target(aHouseholdOf("adopt-london-east"), null, "adopt-london-east", "own agency's household"),
					new Target(aHouseholdOf("adopt-london-north"), null, "adopt-london-north", "another agency's household"));
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

	boolean allows(Rule rule, Role role, String username, Target target) {
		return switch (rule.kind()) {
			case PUBLIC, STAFF -> true;
			case SIGN_IN_STEP -> false;
			case CAPABILITY -> role.can(rule.capability());
			case CHILD -> role.can(rule.capability());
			case ADOPTERS -> role.can(rule.capability()) && role.affiliation() == Affiliation.AGENCY
					&& (rule.roles() == null || rule.roles().contains(role));
			case HOUSEHOLD -> role.can(rule.capability()) && role.affiliation() == Affiliation.AGENCY
					&& target.agencyId().equals(accounts.byUsername(username).orElseThrow().agencyId())
					&& (rule.roles() == null || rule.roles().contains(role));
		};
	}

	private static Rule rule(Kind kind) {
		return new Rule(kind, null, Map.of());
	}

	private static Rule adopters(Capability capability, Role... roles) {
		return new Rule(Kind.ADOPTERS, capability, Map.of(), roles.length == 0 ? null : Set.of(roles));
	}

	private static Rule household(Capability capability, Role... roles) {
		return new Rule(Kind.HOUSEHOLD, capability, Map.of(), roles.length == 0 ? null : Set.of(roles));
	}

	private static Rule capability(Capability capability, String... params) {
		return new Rule(Kind.CAPABILITY, capability, AccessMatrixIT.params(params));
	}
}
