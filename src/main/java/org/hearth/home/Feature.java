package org.hearth.home;

import java.util.EnumSet;
import java.util.Set;

import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.access.Role;

/**
 * What Hearth offers, for the home page and the navigation. A feature that is not built yet is shown
 * to the roles that will use it as coming later, never with figures.
 */
enum Feature {

	CHILDREN("Children's permanence tracker", "/children", true,
			"Each borough's children in one regional tracker, with every date that counts.", Capability.CASE_READ),
	ADOPTERS("Adopters", "/households", true,
			"Enquiries, stage 1 and stage 2, approval and the approval range.", agencyCaseRoles()),
	MATCHING("Family finding and matching", "/matching", true,
			"One regional pool, in-house first, ranked with reasons.", agencyCaseRoles()),
	LINKS("Links", "/links", true,
			"Children and households from the shortlist to the day the child moves in.", Capability.CASE_READ),
	PANEL("Adoption panel", "/panel", false, "The central list, meetings, papers and recommendations.",
			EnumSet.of(Role.PANEL_ADVISER, Role.PANEL_CHAIR, Role.PANEL_MEMBER, Role.MEDICAL_ADVISER,
					Role.AGENCY_DECISION_MAKER, Role.HEAD_OF_SERVICE, Role.TEAM_MANAGER, Role.BUSINESS_SUPPORT_OFFICER)),
	SUPPORT("Adoption support", "/support", false,
			"Assessments of need, support plans, the Adoption Support Fund and letterbox.", Capability.CASE_READ),
	FINANCE("Finance", "/finance", false, "Contributions, budgets, inter-agency fees and the virtual fund.",
			EnumSet.of(Role.FINANCE_OFFICER, Role.HEAD_OF_SERVICE)),
	REPORTS("Reports", "/reports", true,
			"The adoption scorecard: A1, A2, A3 and A10 for any period, with the children behind each figure.",
			Capability.AGGREGATES_READ),
	AUDIT("Audit trail", "/audit", true, "Who looked at or changed a record, and when. Check the trail is intact.",
			Capability.AUDIT_READ),
	USERS("Staff accounts", "/admin/users", true, "Create, change and disable staff accounts.",
			Capability.USER_ADMIN),
	ORGANISATION("Organisation", "/admin/organisation", true,
			"The hub, its agencies, the boroughs they serve, teams and local bases.", Capability.ORGANISATION_ADMIN),
	BANK_HOLIDAYS("Bank holidays", "/admin/bank-holidays", true,
			"The England and Wales bank holidays that deadlines in working days are counted with.",
			Capability.ORGANISATION_ADMIN);

	/** Adopter households are the agency's own: agency roles that see case records. */
	private static Set<Role> agencyCaseRoles() {
		var roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (role.affiliation() == org.hearth.access.Affiliation.AGENCY && role.can(Capability.CASE_READ)) {
				roles.add(role);
			}
		}
		return roles;
	}

	private final String label;

	private final String href;

	private final boolean available;

	private final String description;

	private final Capability capability;

	private final Set<Role> roles;

	Feature(String label, String href, boolean available, String description, Capability capability) {
		this(label, href, available, description, capability, null);
	}

	Feature(String label, String href, boolean available, String description, Set<Role> roles) {
		this(label, href, available, description, null, roles);
	}

	Feature(String label, String href, boolean available, String description, Capability capability,
			Set<Role> roles) {
		this.label = label;
		this.href = href;
		this.available = available;
		this.description = description;
		this.capability = capability;
		this.roles = roles;
	}

	boolean isFor(CurrentUser user) {
		return capability != null ? user.can(capability) : roles.contains(user.role());
	}

	public String label() { return label; }
	public String href() { return href; }
	public boolean available() { return available; }
	public String description() { return description; }
}
