package org.hearth.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;

/**
 * How much room the household has above the child's needs. For each area in which the child has a
 * need: a household able to meet a higher level than the child's counts fully, one able to meet
 * exactly the child's level counts half, one below it nothing (the hard rule excludes it first). A
 * child with no needs recorded earns the whole weight.
 */
public final class NeedsCapacityHeadroom extends FractionFactor {

    private static final NeedArea[] AREAS = NeedArea.values();

    @Override
    public Factor factor() {
        return Factor.NEEDS_CAPACITY;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        if (child.needs().isEmpty()) {
            return NOT_APPLICABLE;
        }
        int earned = 0;
        int areas = 0;
        for (NeedArea area : AREAS) {
            NeedLevel need = child.needIn(area);
            if (need == null) {
                continue;
            }
            areas++;
            earned += headroom(need, household.capacityIn(area));
        }
        return fraction(earned, 2 * areas);
    }

    /** 2 above the need, 1 exactly at it, 0 below it. */
    private static int headroom(NeedLevel need, NeedLevel capacity) {
        if (capacity == null || need.isAbove(capacity)) {
            return 0;
        }
        return capacity == need ? 1 : 2;
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        if (child.needs().isEmpty()) {
            return "The child has no needs recorded in any area, so it is not scored.";
        }
        List<String> above = new ArrayList<>();
        List<String> exactly = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (NeedArea area : AREAS) {
            NeedLevel need = child.needIn(area);
            if (need == null) {
                continue;
            }
            NeedLevel capacity = household.capacityIn(area);
            String reading = area.words() + " (" + need.words() + " needs, "
                    + (capacity == null ? "not approved" : "can meet " + capacity.words()) + ")";
            switch (headroom(need, capacity)) {
                case 2 -> above.add(reading);
                case 1 -> exactly.add(reading);
                default -> below.add(reading);
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!above.isEmpty()) {
            sentences.add("can meet more than the child needs in " + Words.list(above));
        }
        if (!exactly.isEmpty()) {
            sentences.add("can meet exactly what the child needs in " + Words.list(exactly));
        }
        if (!below.isEmpty()) {
            sentences.add("cannot meet the child's needs in " + Words.list(below));
        }
        return "The household " + String.join("; ", sentences) + ".";
    }
}
