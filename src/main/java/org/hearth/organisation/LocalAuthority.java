package org.hearth.organisation;

/** A local authority (a London borough here) served by one agency; one of them hosts the agency. */
public record LocalAuthority(OnsCode code, String name, AgencyId agencyId, boolean host) {
}
