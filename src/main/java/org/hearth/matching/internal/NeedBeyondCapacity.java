package org.hearth.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HardRule;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;

/**
 * The child has a need at a higher level than the household can meet in that area, or in an
 * area the household was not approved for at any level. The reason names every such area with
 * both levels.
 */
public final class NeedBeyondCapacity implements HardRule {

    public static final String NAME = "Need beyond the household's capacity";

    private static final NeedArea[] AREAS = NeedArea.values();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean excludes(ChildProfile child, HouseholdProfile household) {
        if (child.needs().isEmpty()) {
            return false;
        }
        for (NeedArea area : AREAS) {
            NeedLevel need = child.needIn(area);
            if (need != null) {
                NeedLevel capacity = household.capacityIn(area);
                if (capacity == null || need.isAbove(capacity)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Optional<Exclusion> check(ChildProfile child, HouseholdProfile household) {
        if (!excludes(child, household)) {
            return Optional.empty();
        }
        List<String> forWorker = null;
        List<String> areas = null;
        for (NeedArea area : AREAS) {
            NeedLevel need = child.needIn(area);
            if (need == null) {
                continue;
            }
            NeedLevel capacity = household.capacityIn(area);
            if (capacity != null && !need.isAbove(capacity)) {
                continue;
            }
            if (forWorker == null) {
                forWorker = new ArrayList<>();
                areas = new ArrayList<>();
            }
            forWorker.add("the child's " + area.words() + " needs are " + need.words() + " and the household "
                    + (capacity == null ? "is not approved for " + area.words() + " needs at any level"
                            : "can meet up to " + capacity.words()));
            areas.add(area.words());
        }
        if (forWorker == null) {
            return Optional.empty();
        }
        String sentence = Words.list(forWorker);
        return Optional.of(new Exclusion(NAME,
                Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".",
                "The child's " + Words.list(areas) + " needs are beyond what you are approved to meet."));
    }
}
