package org.hearth.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.hearth.matching.BoroughNeighbours;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.DistancePolicy;
import org.hearth.matching.DistancePreference;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;

/**
 * Distance between the household and the birth family's borough, counted in borough boundaries
 * ({@link BoroughNeighbours}). Two readings, the lower wins:
 * <ul>
 *   <li>the agency's setting ({@link DistancePolicy#AWAY_FROM_BIRTH_FAMILY_BOROUGH}, the default):
 *       the same borough earns nothing, a neighbouring borough half, further away (or not known to
 *       neighbour) the whole weight; with {@link DistancePolicy#NOT_CONSIDERED} the whole weight;</li>
 *   <li>the household's own preference: not in or next to the birth family's borough, or at most a
 *       number of boroughs away; a preference that is not met earns nothing.</li>
 * </ul>
 */
public final class Distance extends FractionFactor {

    private final DistancePolicy policy;
    private final BoroughNeighbours neighbours;

    public Distance(DistancePolicy policy, BoroughNeighbours neighbours) {
        this.policy = policy;
        this.neighbours = neighbours;
    }

    @Override
    public Factor factor() {
        return Factor.DISTANCE;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        OptionalInt steps = neighbours.stepsBetween(household.borough(), child.birthFamilyBorough());
        if (!preferenceMet(household.distancePreference(), steps)) {
            return fraction(0, 1);
        }
        if (policy == DistancePolicy.NOT_CONSIDERED) {
            return fraction(1, 1);
        }
        if (steps.isEmpty() || steps.getAsInt() >= 2) {
            return fraction(1, 1);
        }
        return steps.getAsInt() == 0 ? fraction(0, 1) : fraction(1, 2);
    }

    private static boolean preferenceMet(DistancePreference preference, OptionalInt steps) {
        if (preference.notInOrNextToBirthFamilyBorough() && steps.isPresent() && steps.getAsInt() <= 1) {
            return false;
        }
        Integer most = preference.maxBoroughsAway();
        return most == null || steps.isEmpty() || steps.getAsInt() <= most;
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        OptionalInt steps = neighbours.stepsBetween(household.borough(), child.birthFamilyBorough());
        String where;
        if (steps.isEmpty()) {
            where = "The household lives in " + neighbours.nameOf(household.borough())
                    + ", not known to neighbour the birth family's borough";
        } else if (steps.getAsInt() == 0) {
            where = "The household lives in the birth family's borough";
        } else if (steps.getAsInt() == 1) {
            where = "The household lives in a borough next to the birth family's";
        } else {
            where = "The household lives " + steps.getAsInt() + " boroughs away from the birth family's";
        }
        List<String> notes = new ArrayList<>();
        DistancePreference preference = household.distancePreference();
        if (preference.notInOrNextToBirthFamilyBorough() && steps.isPresent() && steps.getAsInt() <= 1) {
            notes.add("it asked not to be in or next to the birth family's borough");
        }
        Integer most = preference.maxBoroughsAway();
        if (most != null && steps.isPresent() && steps.getAsInt() > most) {
            notes.add("it asked for the birth family to be at most " + most + (most == 1 ? " borough" : " boroughs")
                    + " away");
        }
        if (most != null && steps.isEmpty()) {
            notes.add("its limit of " + most + (most == 1 ? " borough" : " boroughs")
                    + " away cannot be counted outside London");
        }
        if (policy == DistancePolicy.NOT_CONSIDERED) {
            notes.add("the agency does not score where the birth family lives");
        }
        return where + (notes.isEmpty() ? "" : "; " + Words.list(notes)) + ".";
    }
}
