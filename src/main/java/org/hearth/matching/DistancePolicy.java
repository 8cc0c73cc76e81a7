package org.hearth.matching;

/** An agency setting: how the distance from the birth family's borough scores a household. */
public enum DistancePolicy {
    /**
     * The default: a household in the birth family's borough scores nothing for distance, one in a
     * neighbouring borough half, one further away (or in a borough not known to neighbour it) the
     * full weight.
     */
    AWAY_FROM_BIRTH_FAMILY_BOROUGH,
    /** Where the birth family lives is not scored by the agency (the household's own preference still is). */
    NOT_CONSIDERED
}
