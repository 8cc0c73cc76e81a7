package org.hearth.matching;

import java.util.Objects;

/**
 * What one soft factor gives a household for a child.
 *
 * @param factor    the factor
 * @param points    the points given, 0 to {@code maxPoints}
 * @param maxPoints the factor's weight: the most it can give
 * @param words     why, in words a social worker can read
 */
public record ScorePart(Factor factor, int points, int maxPoints, String words) {

    public ScorePart {
        Objects.requireNonNull(factor, "A score part names its factor");
        if (maxPoints < 0 || points < 0 || points > maxPoints) {
            throw new IllegalArgumentException("A score part gives 0 to its maximum points, not " + points + " of " + maxPoints);
        }
        if (words == null || words.isBlank()) {
            throw new IllegalArgumentException("A score part says why in words");
        }
    }
}
