package org.hearth.reporting;

/** A scorecard was asked for with a parameter that cannot be used; names the parameter. */
public class ScorecardRequestRefused extends IllegalArgumentException {

	private final String field;

	public ScorecardRequestRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
