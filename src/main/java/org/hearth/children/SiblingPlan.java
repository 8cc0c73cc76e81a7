package org.hearth.children;

import java.util.Optional;

/**
 * Whether the child is to be placed together with brothers or sisters.
 *
 * @param decided                whether the plan has been made
 * @param siblingsToBePlacedWith how many siblings the child is to be placed with; 0 when the
 *                               child is to be placed alone (or apart from their siblings)
 */
public record SiblingPlan(boolean decided, int siblingsToBePlacedWith) {

    public SiblingPlan {
        if (siblingsToBePlacedWith < 0) {
            throw new IllegalArgumentException("The number of siblings to be placed with cannot be negative");
        }
        if (!decided && siblingsToBePlacedWith != 0) {
            throw new IllegalArgumentException("A sibling plan not yet decided cannot name a number of siblings");
        }
    }

    public static SiblingPlan notDecided() {
        return new SiblingPlan(false, 0);
    }

    public static SiblingPlan placedAlone() {
        return new SiblingPlan(true, 0);
    }

    public static SiblingPlan togetherWith(int siblings) {
        if (siblings < 1) {
            throw new IllegalArgumentException("A child placed together with siblings is placed with at least one sibling");
        }
        return new SiblingPlan(true, siblings);
    }

    /**
     * Whether the child is in a sibling group to be placed together; empty while not decided.
     */
    public Optional<Boolean> isSiblingGroupPlacedTogether() {
        return decided ? Optional.of(siblingsToBePlacedWith > 0) : Optional.empty();
    }
}
