package org.hearth.organisation;

/** The three teams of an agency, as in the business case. */
public enum TeamKind {

	RECRUITMENT_AND_ASSESSMENT("Recruitment and assessment"),
	FAMILY_FINDING_AND_MATCHING("Family finding and matching"),
	ADOPTION_SUPPORT("Adoption support");

	private final String label;

	TeamKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
