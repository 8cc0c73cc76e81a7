package org.hearth.matching.internal;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;

/**
 * Whether the household is willing to foster for adoption when the plan is early permanence. When
 * it is not the plan, every household earns the whole weight.
 */
public final class EarlyPermanenceFactor extends FractionFactor {

    @Override
    public Factor factor() {
        return Factor.EARLY_PERMANENCE;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        if (!child.earlyPermanenceWanted()) {
            return NOT_APPLICABLE;
        }
        return household.fosteringForAdoptionWilling() ? fraction(1, 1) : fraction(0, 1);
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        if (!child.earlyPermanenceWanted()) {
            return "Early permanence is not the plan, so it is not scored.";
        }
        return household.fosteringForAdoptionWilling()
                ? "The plan is early permanence and the household is willing to foster for adoption."
                : "The plan is early permanence and the household is not willing to foster for adoption.";
    }
}
