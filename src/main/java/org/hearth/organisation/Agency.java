package org.hearth.organisation;

/** A Regional Adoption Agency within a hub. */
public record Agency(AgencyId id, String name, String hubName) {
}
