package org.hearth.matching.internal;

import java.util.Optional;

import org.hearth.matching.ApprovalRange;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HardRule;
import org.hearth.matching.HouseholdProfile;

/** The number of children to be placed together is outside the household's approval range. */
public final class NumberOfChildrenOutsideRange implements HardRule {

    public static final String NAME = "Number of children outside the approval range";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean excludes(ChildProfile child, HouseholdProfile household) {
        ApprovalRange range = household.approvalRange();
        int children = child.numberOfChildren();
        return children < range.minChildren() || children > range.maxChildren();
    }

    @Override
    public Optional<Exclusion> check(ChildProfile child, HouseholdProfile household) {
        if (!excludes(child, household)) {
            return Optional.empty();
        }
        ApprovalRange range = household.approvalRange();
        int children = child.numberOfChildren();
        String search = children == 1 ? "one child" : children + " children to be placed together";
        return Optional.of(new Exclusion(NAME,
                "The search is for " + search + "; the household is approved for " + range.childrenInWords() + ".",
                "This search is for " + search + "; you are approved for " + range.childrenInWords() + "."));
    }
}
