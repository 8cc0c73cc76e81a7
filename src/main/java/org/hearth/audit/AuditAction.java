package org.hearth.audit;

/** What happened. */
public enum AuditAction {

	SIGN_IN_SUCCEEDED("Signed in"),
	SIGN_IN_FAILED("Sign-in failed"),
	SIGNED_OUT("Signed out"),
	ACCOUNT_LOCKED("Account locked"),
	CREATED("Created"),
	CHANGED("Changed"),
	DELETED("Deleted"),
	VIEWED("Viewed"),
	EXPORTED("Exported"),
	REFUSED("Refused: not theirs to see");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
