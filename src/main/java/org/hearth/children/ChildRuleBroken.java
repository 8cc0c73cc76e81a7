package org.hearth.children;

/** A change to a child's record that cannot be made, with the form field it concerns. */
public class ChildRuleBroken extends RuntimeException {

	private final String field;

	public ChildRuleBroken(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
