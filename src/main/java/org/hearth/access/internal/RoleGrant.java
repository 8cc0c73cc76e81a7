package org.hearth.access.internal;

import java.time.Instant;
import java.util.UUID;

import org.hearth.access.Role;

/** A role with case access that an administrator asked to give an account, waiting for a second person. */
public record RoleGrant(UUID id, UUID accountId, String accountName, Role currentRole, Role role, String agencyId,
		String boroughCode, UUID requestedBy, String requesterName, Instant requestedAt) {
}
