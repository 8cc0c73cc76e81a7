package org.hearth.matching;

import java.time.Instant;

/**
 * A household approved by an agency outside the hub, entered by hand by a hub agency's family finder
 * from that agency's profile. It is always approved and always seen from outside the hub.
 *
 * @param profile         what a widened search ranks
 * @param enteredByAgency the hub agency that entered it, whose widened searches see it
 * @param theirReference  the other agency's reference for the household, to ask them about it
 * @param enteredBy       who entered it
 * @param enteredAt       when
 */
public record OutsideHousehold(HouseholdProfile profile, String enteredByAgency, String theirReference,
        String enteredBy, Instant enteredAt) {

    public OutsideHousehold {
        if (profile.origin() != HouseholdOrigin.OUTSIDE_AGENCY || profile.status() != HouseholdStatus.APPROVED) {
            throw new IllegalArgumentException("A household entered by hand is an approved household of an agency outside the hub");
        }
        if (theirReference == null || theirReference.isBlank()) {
            throw new IllegalArgumentException("Enter the other agency's reference for the household");
        }
    }
}
