package org.hearth.access.internal;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as listed on the account page; the token itself is shown once and stored only as a hash. */
public record ApiToken(UUID id, String name, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
