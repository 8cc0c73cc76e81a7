package org.hearth.organisation;

/** A change to the organisation that cannot be made, with the form field it concerns. */
public class OrganisationRuleBroken extends RuntimeException {

	private final String field;

	public OrganisationRuleBroken(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
