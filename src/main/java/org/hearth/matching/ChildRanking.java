package org.hearth.matching;

import java.util.List;

/**
 * The children a household could be matched with: ranked best first, and those it is excluded
 * for, with the reasons.
 *
 * @param ranked   by score, then the child waiting longest first (from {@code waitingSince}; not
 *                 known last), then the profile's key
 * @param excluded by the profile's key
 */
public record ChildRanking(HouseholdProfile household, List<RankedChild> ranked, List<RankedChild> excluded) {

    public ChildRanking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }
}
