package org.hearth.organisation;

import java.util.UUID;

/** A local base where the agency's workers sit close to a borough's children's social workers. */
public record LocalBase(UUID id, AgencyId agencyId, String name, String localAuthorityCode, String address) {
}
