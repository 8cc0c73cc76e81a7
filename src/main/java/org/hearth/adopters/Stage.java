package org.hearth.adopters;

/**
 * Where a household is on the adopter's journey. Never stored: it follows from the household's dates
 * (see {@link Household#stage()}).
 */
public enum Stage {

	ENQUIRY("Enquiry"),
	STAGE_1("Stage 1"),
	BETWEEN_STAGES("Stage 1 complete, waiting for notice to proceed"),
	STAGE_2("Stage 2"),
	READY_FOR_PANEL("Ready for panel"),
	AWAITING_DECISION("Panel recommended, awaiting the agency decision"),
	QUALIFYING_DETERMINATION("Qualifying determination: applicants may respond"),
	APPROVED("Approved, awaiting a match"),
	CHILD_PLACED("Child placed, before the adoption order"),
	ADOPTION_ORDER("Adoption order made"),
	LEFT("Left the process");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Stages from the registration of interest to the final decision: the household is being assessed, and its worker keeps in touch. */
	public boolean inProcess() {
		return this == STAGE_1 || this == BETWEEN_STAGES || this == STAGE_2 || this == READY_FOR_PANEL
				|| this == AWAITING_DECISION || this == QUALIFYING_DETERMINATION;
	}
}
