package org.hearth.matching.internal;

import java.util.Optional;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HardRule;
import org.hearth.matching.HouseholdProfile;

/** The search is for a sibling group to be placed together and the household is not approved for one. */
public final class SiblingGroupNotAccepted implements HardRule {

    public static final String NAME = "Sibling group not in the approval";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean excludes(ChildProfile child, HouseholdProfile household) {
        return child.isSiblingGroup() && !household.approvalRange().siblingGroups();
    }

    @Override
    public Optional<Exclusion> check(ChildProfile child, HouseholdProfile household) {
        if (!excludes(child, household)) {
            return Optional.empty();
        }
        return Optional.of(new Exclusion(NAME,
                "The search is for a sibling group of " + child.numberOfChildren()
                        + " to be placed together; the household is not approved for sibling groups.",
                "This search is for brothers and sisters to be placed together; you are not approved for a sibling group."));
    }
}
