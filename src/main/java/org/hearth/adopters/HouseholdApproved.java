package org.hearth.adopters;

import java.time.LocalDate;
import java.util.UUID;

/** The agency approved a household as suitable to adopt. */
public record HouseholdApproved(UUID householdId, String agencyId, LocalDate approvedOn) {
}
