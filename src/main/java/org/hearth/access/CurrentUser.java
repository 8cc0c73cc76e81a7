package org.hearth.access;

import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in member of staff. Controllers take it as a parameter; the access policy decides from
 * it what they may see.
 *
 * @param agencyId the agency of an agency role, or null
 * @param boroughCode the ONS code of a borough role, or null
 */
public record CurrentUser(UUID accountId, String username, String displayName, Role role, String agencyId,
		String boroughCode) implements Serializable {

	public boolean can(Capability capability) {
		return role.can(capability);
	}
}
