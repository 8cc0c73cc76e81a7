package org.hearth.children;

/** Whether early permanence was considered for the child, and which kind. */
public enum EarlyPermanence {

	NOT_CONSIDERED("Not considered yet"),
	CONSIDERED_NOT_PURSUED("Considered, not pursued"),
	FOSTERING_FOR_ADOPTION("Fostering for adoption"),
	CONCURRENT_PLANNING("Concurrent planning");

	private final String label;

	EarlyPermanence(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
