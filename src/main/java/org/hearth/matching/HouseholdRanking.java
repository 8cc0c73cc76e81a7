package org.hearth.matching;

import java.util.List;

/**
 * The households for one child: those ranked, best first, and those excluded with their reasons.
 *
 * @param ranked   by score, then in-house before other agencies, approved before stage 2, then
 *                 household id
 * @param excluded in-house first, then by household id
 */
public record HouseholdRanking(ChildProfile child, List<RankedHousehold> ranked, List<RankedHousehold> excluded) {

    public HouseholdRanking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }
}
