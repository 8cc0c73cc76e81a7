package org.hearth.audit;

/**
 * Whose audit row this is, written on the row when it is recorded, so that the trail is scoped like the
 * records it describes: a child's row belongs to the child's borough, a household's row to the household's
 * agency, a sign-in or a change to accounts or to the organisation to the system's administration. A row
 * may belong to an agency and to a borough at once (a link between one agency's household and a borough's
 * child); anyone who may read either sees it.
 *
 * @param agencyId the agency, or null
 * @param boroughCode the borough's ONS code, or null
 * @param ofAdministration whether the row is about sign-in or the system's administration
 */
public record AuditScope(String agencyId, String boroughCode, boolean ofAdministration) {

	public AuditScope {
		agencyId = blankToNull(agencyId);
		boroughCode = blankToNull(boroughCode);
		if (ofAdministration == (agencyId != null || boroughCode != null)) {
			throw new IllegalArgumentException(
					"An audit row belongs either to an agency or borough, or to the administration");
		}
	}

	public static AuditScope borough(String onsCode) {
		return new AuditScope(null, require(onsCode, "borough"), false);
	}

	public static AuditScope agency(String agencyId) {
		return new AuditScope(require(agencyId, "agency"), null, false);
	}

	/** A row about an agency's household and a borough's child together. */
	public static AuditScope agencyAndBorough(String agencyId, String onsCode) {
		return new AuditScope(require(agencyId, "agency"), require(onsCode, "borough"), false);
	}

	/** Sign-in, staff accounts, API tokens and the organisation: seen by system administrators. */
	public static AuditScope administration() {
		return new AuditScope(null, null, true);
	}

	private static String require(String code, String what) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("An audit row for a " + what + " names it");
		}
		return code;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
