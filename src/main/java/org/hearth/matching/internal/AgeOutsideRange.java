package org.hearth.matching.internal;

import java.util.List;
import java.util.Optional;

import org.hearth.matching.ApprovalRange;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.ChildProfile.Member;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HardRule;
import org.hearth.matching.HouseholdProfile;

/** A child (any child of a sibling group) is younger or older than the household's approved ages. */
public final class AgeOutsideRange implements HardRule {

    public static final String NAME = "Age outside the approval range";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean excludes(ChildProfile child, HouseholdProfile household) {
        ApprovalRange range = household.approvalRange();
        return child.youngestAge() < range.minAge() || child.eldestAge() > range.maxAge();
    }

    @Override
    public Optional<Exclusion> check(ChildProfile child, HouseholdProfile household) {
        if (!excludes(child, household)) {
            return Optional.empty();
        }
        ApprovalRange range = household.approvalRange();
        List<String> outside = child.members().stream()
                .map(Member::ageInYears)
                .filter(age -> age < range.minAge() || age > range.maxAge())
                .sorted()
                .map(String::valueOf)
                .toList();
        String who = outside.size() == 1
                ? "A child aged " + outside.get(0) + " is"
                : "Children aged " + Words.list(outside) + " are";
        boolean older = child.eldestAge() > range.maxAge();
        boolean younger = child.youngestAge() < range.minAge();
        String side = older && younger ? "outside" : older ? "older than" : "younger than";
        String subject = child.isSiblingGroup() ? "One or more of the children is " : "The child is ";
        return Optional.of(new Exclusion(NAME,
                who + " outside the household's approved ages (" + range.minAge() + " to " + range.maxAge() + ").",
                subject + side + " the ages you are approved for (" + range.minAge() + " to " + range.maxAge() + ")."));
    }
}
