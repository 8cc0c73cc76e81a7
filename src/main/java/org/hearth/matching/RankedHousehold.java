package org.hearth.matching;

import java.util.List;

/**
 * A household as ranked for a child.
 *
 * @param household        the household
 * @param score            its score (0 when excluded)
 * @param parts            each soft factor's points with words and share (empty when excluded)
 * @param exclusions       why it is excluded (empty when ranked)
 * @param horizonScanning  whether it is an in-house household still in stage 2: shown so a family
 *                         finder knows it cannot be matched until approved
 */
public record RankedHousehold(HouseholdProfile household, int score, List<ShownPart> parts, List<Exclusion> exclusions,
        boolean horizonScanning) {

    public RankedHousehold {
        parts = List.copyOf(parts);
        exclusions = List.copyOf(exclusions);
    }

    public boolean isExcluded() {
        return !exclusions.isEmpty();
    }
}
