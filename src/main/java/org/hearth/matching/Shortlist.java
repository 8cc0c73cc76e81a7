package org.hearth.matching;

import java.util.List;

/**
 * The best households for one child when the whole pool is ranked.
 *
 * @param best                 the best ranked households, with their parts and words
 * @param householdsRanked     how many households were ranked (not excluded)
 * @param householdsExcluded   how many were excluded by a hard rule
 */
public record Shortlist(ChildProfile child, List<RankedHousehold> best, int householdsRanked, int householdsExcluded) {

    public Shortlist {
        best = List.copyOf(best);
    }
}
