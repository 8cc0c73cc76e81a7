package org.hearth.matching;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.hearth.children.Sex;

/**
 * What a household is approved for, as the agency decision maker approved it.
 *
 * @param minChildren    the fewest children to be placed together (usually 1)
 * @param maxChildren    the most children to be placed together
 * @param minAge         the youngest age in completed years (0 for a baby)
 * @param maxAge         the eldest age in completed years
 * @param sexesAccepted  the sexes the household is approved for; a child whose sex is not recorded
 *                       or indeterminate is never excluded for it (the social worker asks)
 * @param siblingGroups  whether the household is approved for a sibling group to be placed together
 */
public record ApprovalRange(int minChildren, int maxChildren, int minAge, int maxAge, Set<Sex> sexesAccepted,
        boolean siblingGroups) {

    public ApprovalRange {
        if (minChildren < 1 || maxChildren < minChildren) {
            throw new IllegalArgumentException("An approval range is for at least one child, and its most is not below its fewest");
        }
        if (minAge < 0 || maxAge > 17 || maxAge < minAge) {
            throw new IllegalArgumentException("An approval range's ages are 0 to 17, the eldest not below the youngest");
        }
        Objects.requireNonNull(sexesAccepted, "An approval range says which sexes it accepts");
        if (sexesAccepted.isEmpty()) {
            throw new IllegalArgumentException("An approval range accepts at least one sex");
        }
        sexesAccepted = Collections.unmodifiableSet(EnumSet.copyOf(sexesAccepted));
    }

    /** One child, either sex, of the ages given. */
    public static ApprovalRange oneChild(int minAge, int maxAge) {
        return new ApprovalRange(1, 1, minAge, maxAge, EnumSet.of(Sex.MALE, Sex.FEMALE), false);
    }

    /** Up to the given number of children placed together, either sex, of the ages given. */
    public static ApprovalRange upTo(int maxChildren, int minAge, int maxAge) {
        return new ApprovalRange(1, maxChildren, minAge, maxAge, EnumSet.of(Sex.MALE, Sex.FEMALE), maxChildren > 1);
    }

    public String childrenInWords() {
        if (minChildren == maxChildren) {
            return minChildren == 1 ? "one child" : minChildren + " children";
        }
        return minChildren + " to " + maxChildren + " children";
    }

    public String agesInWords() {
        return "aged " + minAge + " to " + maxAge;
    }
}
