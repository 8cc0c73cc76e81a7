package org.hearth.matching;

/**
 * What a household said about where a child's birth family may live.
 *
 * @param notInOrNextToBirthFamilyBorough the household asked not to be matched with a child whose
 *                                        birth family lives in their borough or a neighbouring one
 * @param maxBoroughsAway                 the furthest the birth family's borough may be, counted in
 *                                        borough boundaries crossed (1 = a neighbouring borough), or
 *                                        {@code null} for no maximum; only London boroughs can be
 *                                        counted, so it is not applied outside London
 */
public record DistancePreference(boolean notInOrNextToBirthFamilyBorough, Integer maxBoroughsAway) {

    public DistancePreference {
        if (maxBoroughsAway != null && maxBoroughsAway < 0) {
            throw new IllegalArgumentException("A maximum number of boroughs away cannot be negative");
        }
    }

    public static DistancePreference none() {
        return new DistancePreference(false, null);
    }

    public static DistancePreference awayFromBirthFamilyBorough() {
        return new DistancePreference(true, null);
    }

    public static DistancePreference withinBoroughsAway(int boroughs) {
        return new DistancePreference(false, boroughs);
    }
}
