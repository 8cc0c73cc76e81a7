package org.hearth.matching;

/**
 * A score part as shown: its share of the household's score in whole per cent.
 *
 * @param sharePercent the part's share of the total score; the shares of a score add up to exactly
 *                     100 (see {@link Score})
 */
public record ShownPart(ScorePart part, int sharePercent) {

    public Factor factor() {
        return part.factor();
    }

    public int points() {
        return part.points();
    }

    public int maxPoints() {
        return part.maxPoints();
    }

    public String words() {
        return part.words();
    }

    /** The part in one sentence: the factor, its points of its maximum, its share of the score, and why. */
    public String inWords() {
        return part.factor().label() + ": " + part.points() + " of " + part.maxPoints() + " points, " + sharePercent
                + "% of the score. " + part.words();
    }
}
