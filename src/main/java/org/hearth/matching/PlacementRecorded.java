package org.hearth.matching;

import java.time.LocalDate;
import java.util.List;

import org.hearth.children.ChildId;

/**
 * A child (or a sibling group) moved in with a household: what finance needs to pay or invoice the
 * inter-agency fee and to count in-house and inter-agency placements for the virtual fund.
 *
 * @param placementDate the day the child moved in, which fixed the fee
 * @param feeDue        the inter-agency fee, zero for an in-house placement
 */
public record PlacementRecorded(List<ChildId> children, HouseholdId household, ProvidingAgency agency,
        PlacementKind kind, LocalDate placementDate, FeeDue feeDue) {

    public PlacementRecorded {
        children = List.copyOf(children);
    }
}
