package org.hearth.adopters;

/** The stage 1 statutory checks and references. */
public enum CheckKind {

	ENHANCED_DBS("Enhanced DBS check", true),
	LOCAL_AUTHORITY("Local authority check", true),
	GP_MEDICAL("Adoption medical by the GP", true),
	MEDICAL_ADVISER_REVIEW("Medical adviser's review", true),
	EMPLOYER_REFERENCE("Employer reference", true),
	FORMER_PARTNER("Former partner check", true),
	PERSONAL_REFERENCE("Personal reference", false);

	private final String label;

	private final boolean aboutAPerson;

	CheckKind(String label, boolean aboutAPerson) {
		this.label = label;
		this.aboutAPerson = aboutAPerson;
	}

	public String label() {
		return label;
	}

	/** Whether the check is about one person in the household (a personal reference is for the household). */
	public boolean aboutAPerson() {
		return aboutAPerson;
	}
}
