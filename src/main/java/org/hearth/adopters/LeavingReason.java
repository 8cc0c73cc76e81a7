package org.hearth.adopters;

/** Why a household left the process. */
public enum LeavingReason {

	WITHDREW("Withdrew"),
	ON_HOLD("On hold"),
	COUNSELLED_OUT("Counselled out"),
	NOT_SUITABLE_AT_STAGE_1("Not suitable at stage 1"),
	NOT_APPROVED("Not approved"),
	APPROVAL_ENDED("Approval ended"),
	/** Staff found the enquiry repeats a household already known, which is kept instead. */
	DUPLICATE("Duplicate");

	private final String label;

	LeavingReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The reasons a worker records directly; the others follow from a decision. */
	public boolean recordedDirectly() {
		return this == WITHDREW || this == ON_HOLD || this == COUNSELLED_OUT;
	}
}
