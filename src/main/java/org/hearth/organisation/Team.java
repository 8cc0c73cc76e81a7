package org.hearth.organisation;

import java.util.UUID;

public record Team(UUID id, AgencyId agencyId, String name, TeamKind kind) {
}
