package org.hearth.children;

import java.time.Period;
import java.util.Objects;

/**
 * The timescales for life story work.
 *
 * @param firstReviewAfterPlacement   the first statutory review of a placement for adoption: 4 weeks
 *                                    after the placement (AAR 2005 reg 36)
 * @param secondReviewAfterFirst      the second review: 3 months after the first (AAR 2005 reg 36);
 *                                    the first stage of the life story book is due by then
 * @param workingDaysAfterCelebration the completed life story book and the later life letter are
 *                                    due within this many working days of the celebration hearing:
 *                                    10 (local authority procedures)
 */
public record LifeStorySettings(Period firstReviewAfterPlacement, Period secondReviewAfterFirst, int workingDaysAfterCelebration) {

    public LifeStorySettings {
        Objects.requireNonNull(firstReviewAfterPlacement, "Give the time from placement to the first review");
        Objects.requireNonNull(secondReviewAfterFirst, "Give the time from the first review to the second");
        if (firstReviewAfterPlacement.isNegative() || secondReviewAfterFirst.isNegative()) {
            throw new IllegalArgumentException("The times to the placement reviews cannot be negative");
        }
        if (workingDaysAfterCelebration < 0) {
            throw new IllegalArgumentException("The working days after the celebration hearing cannot be negative");
        }
    }

    public static LifeStorySettings defaults() {
        return new LifeStorySettings(Period.ofWeeks(4), Period.ofMonths(3), 10);
    }
}
