package org.hearth.matching;

import java.util.Optional;

/**
 * A rule that a household must meet to be considered for a child at all. Each rule is a named
 * policy, testable alone; a household that breaks one is listed as excluded with its reasons.
 */
public interface HardRule {

    /** The rule's name in words, for example "Age outside the approval range". */
    String name();

    /** The exclusion when the household breaks the rule for this child, else empty. */
    Optional<Exclusion> check(ChildProfile child, HouseholdProfile household);

    /**
     * Whether the household breaks the rule, without writing the reasons: what ranking a whole pool
     * uses. Always equal to {@code check(child, household).isPresent()}.
     */
    default boolean excludes(ChildProfile child, HouseholdProfile household) {
        return check(child, household).isPresent();
    }
}
