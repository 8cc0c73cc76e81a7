package org.hearth.access.internal;

/** A change to an account that cannot be made, with the form field it concerns. */
public class AccountRuleBroken extends RuntimeException {

	private final String field;

	public AccountRuleBroken(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
