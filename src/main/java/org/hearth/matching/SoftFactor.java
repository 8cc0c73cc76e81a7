package org.hearth.matching;

/**
 * A factor that scores a household for a child, with words that say why. Each factor is a named
 * policy, testable alone. Its weight (the most points it can give) is an agency setting,
 * {@link MatchingWeights}.
 */
public interface SoftFactor {

    Factor factor();

    /**
     * The points alone, without building the words: what ranking a whole pool uses. Always equal to
     * {@code score(child, household, maxPoints).points()}.
     */
    int points(ChildProfile child, HouseholdProfile household, int maxPoints);

    /** The points with the words that explain them. */
    ScorePart score(ChildProfile child, HouseholdProfile household, int maxPoints);
}
