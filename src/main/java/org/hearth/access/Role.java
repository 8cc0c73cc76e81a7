package org.hearth.access;

import static org.hearth.access.Capability.AGGREGATES_READ;
import static org.hearth.access.Capability.AUDIT_READ;
import static org.hearth.access.Capability.CASE_EXPORT;
import static org.hearth.access.Capability.CASE_READ;
import static org.hearth.access.Capability.CASE_WRITE;
import static org.hearth.access.Capability.ORGANISATION_ADMIN;
import static org.hearth.access.Capability.USER_ADMIN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the people who use Hearth. Panel chairs, members and medical advisers see the papers
 * of their own panels once the panel module exists; until then they see no personal records.
 */
public enum Role {

	HEAD_OF_SERVICE("RAA head of service", Affiliation.AGENCY, CASE_READ, CASE_WRITE, CASE_EXPORT, AGGREGATES_READ,
			AUDIT_READ),
	TEAM_MANAGER("Team manager", Affiliation.AGENCY, CASE_READ, CASE_WRITE, CASE_EXPORT, AGGREGATES_READ, AUDIT_READ),
	SOCIAL_WORKER("Social worker", Affiliation.AGENCY, CASE_READ, CASE_WRITE, CASE_EXPORT),
	BUSINESS_SUPPORT_OFFICER("Business support officer", Affiliation.AGENCY, CASE_READ, CASE_WRITE),
	PANEL_ADVISER("Panel adviser", Affiliation.AGENCY, CASE_READ, CASE_WRITE),
	AGENCY_DECISION_MAKER("Agency decision maker", Affiliation.AGENCY, CASE_READ, CASE_WRITE),
	FINANCE_OFFICER("Finance officer", Affiliation.AGENCY, CASE_READ, AGGREGATES_READ),
	PERFORMANCE_ANALYST("Performance analyst", Affiliation.AGENCY, CASE_READ, CASE_EXPORT, AGGREGATES_READ),
	BOROUGH_SOCIAL_WORKER("Child's social worker (borough)", Affiliation.BOROUGH, CASE_READ, CASE_WRITE),
	BOROUGH_TEAM_MANAGER("Team manager (borough)", Affiliation.BOROUGH, CASE_READ, CASE_WRITE, CASE_EXPORT),
	BOROUGH_DECISION_MAKER("Agency decision maker (borough)", Affiliation.BOROUGH, CASE_READ, CASE_WRITE),
	PANEL_CHAIR("Panel chair", Affiliation.AGENCY),
	PANEL_MEMBER("Panel member", Affiliation.AGENCY),
	MEDICAL_ADVISER("Medical adviser", Affiliation.AGENCY),
	BOARD_MEMBER("Board member", Affiliation.AGENCY, AGGREGATES_READ),
	HUB_ANALYST("Hub analyst", Affiliation.HUB, AGGREGATES_READ),
	SYSTEM_ADMINISTRATOR("System administrator", Affiliation.NONE, USER_ADMIN, ORGANISATION_ADMIN, AUDIT_READ);

	private final String label;

	private final Affiliation affiliation;

	private final Set<Capability> capabilities;

	Role(String label, Affiliation affiliation, Capability... capabilities) {
		this.label = label;
		this.affiliation = affiliation;
		this.capabilities = capabilities.length == 0 ? EnumSet.noneOf(Capability.class)
				: EnumSet.of(capabilities[0], capabilities);
	}

	public String label() {
		return label;
	}

	public Affiliation affiliation() {
		return affiliation;
	}

	public Set<Capability> capabilities() {
		return EnumSet.copyOf(capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : capabilities);
	}

	public boolean can(Capability capability) {
		return capabilities.contains(capability);
	}
}
