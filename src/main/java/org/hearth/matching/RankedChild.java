package org.hearth.matching;

import java.util.List;

/**
 * A child (or sibling group) as ranked for a household.
 *
 * @param score      its score (0 when excluded)
 * @param parts      each soft factor's points with words and share (empty when excluded)
 * @param exclusions why the household cannot be considered for this child (empty when ranked)
 */
public record RankedChild(ChildProfile child, int score, List<ShownPart> parts, List<Exclusion> exclusions) {

    public RankedChild {
        parts = List.copyOf(parts);
        exclusions = List.copyOf(exclusions);
    }

    public boolean isExcluded() {
        return !exclusions.isEmpty();
    }
}
