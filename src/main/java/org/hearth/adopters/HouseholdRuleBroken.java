package org.hearth.adopters;

import java.util.List;

/**
 * A step the agency's rules do not allow now, with the reasons in words a social worker can act on.
 * Pages show each reason in the error summary; the API answers 409 with them.
 */
public class HouseholdRuleBroken extends RuntimeException {

	private final String field;

	private final List<String> reasons;

	public HouseholdRuleBroken(String field, String reason) {
		this(field, List.of(reason));
	}

	public HouseholdRuleBroken(String field, List<String> reasons) {
		super(String.join(" ", reasons));
		this.field = field;
		this.reasons = List.copyOf(reasons);
	}

	/** The form field the reason is about, or null for the whole form. */
	public String field() {
		return field;
	}

	public List<String> reasons() {
		return reasons;
	}
}
