package org.hearth.access;

/**
 * What a role may do. Each capability is also a Spring Security authority of the same name, so
 * pages and API endpoints can require it.
 */
public enum Capability {

	/** See the personal records (children, adopters) within the access policy's scope. */
	CASE_READ,
	/** Record and change personal records within scope. */
	CASE_WRITE,
	/** Download personal records within scope, with a reason. */
	CASE_EXPORT,
	/** See aggregate figures, never personal data. */
	AGGREGATES_READ,
	/** Search the audit trail and see who looked at a record. */
	AUDIT_READ,
	/** Create, change and disable staff accounts. */
	USER_ADMIN,
	/** Maintain the hub, agencies, local authorities, teams and bases. */
	ORGANISATION_ADMIN;

	public String authority() {
		return name();
	}
}
