package org.hearth.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.hearth.children.ChildId;

/**
 * A placement for adoption: the children, the household, in-house or inter-agency, the day they
 * moved in and the fee due.
 */
public record Placement(List<ChildId> children, HouseholdId household, ProvidingAgency agency, PlacementKind kind,
        LocalDate placementDate, FeeDue feeDue) {

    public Placement {
        children = List.copyOf(children);
        Objects.requireNonNull(household);
        Objects.requireNonNull(agency);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(placementDate);
        Objects.requireNonNull(feeDue);
    }

    /**
     * Records that the child (or sibling group) moved in with the household on the placement date.
     * With an in-house household no fee is due; with another agency's, the fee in force on the
     * placement date.
     *
     * @throws IllegalArgumentException when the household is not approved yet
     */
    public static Placement record(ChildProfile child, HouseholdProfile household, LocalDate placementDate,
            InterAgencyFeeTable fees) {
        Objects.requireNonNull(placementDate, "A placement needs the day the child moved in");
        if (household.status() != HouseholdStatus.APPROVED) {
            throw new IllegalArgumentException("A child cannot be placed with a household in stage 2: it must be approved first");
        }
        if (household.isInHouse()) {
            return new Placement(child.childIds(), household.id(), household.agency(), PlacementKind.IN_HOUSE,
                    placementDate, FeeDue.none("In-house placement: no inter-agency fee."));
        }
        FeeDue fee = fees.feeFor(household.agency(), child.numberOfChildren(), placementDate);
        return new Placement(child.childIds(), household.id(), household.agency(), PlacementKind.INTER_AGENCY,
                placementDate, fee);
    }

    /** The event finance reacts to. */
    public PlacementRecorded recorded() {
        return new PlacementRecorded(children, household, agency, kind, placementDate, feeDue);
    }
}
