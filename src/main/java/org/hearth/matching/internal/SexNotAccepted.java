package org.hearth.matching.internal;

import java.util.Optional;
import java.util.Set;

import org.hearth.children.Sex;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.ChildProfile.Member;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HardRule;
import org.hearth.matching.HouseholdProfile;

/**
 * A child is a boy or a girl and the household is not approved for that sex. A child whose sex is
 * not recorded (an unborn baby) or indeterminate is not excluded: the social worker asks.
 */
public final class SexNotAccepted implements HardRule {

    public static final String NAME = "Sex not in the approval";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean excludes(ChildProfile child, HouseholdProfile household) {
        Set<Sex> accepted = household.approvalRange().sexesAccepted();
        for (Member member : child.members()) {
            Sex sex = member.sex();
            if ((sex == Sex.MALE || sex == Sex.FEMALE) && !accepted.contains(sex)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Exclusion> check(ChildProfile child, HouseholdProfile household) {
        Set<Sex> accepted = household.approvalRange().sexesAccepted();
        boolean boyRefused = false;
        boolean girlRefused = false;
        for (Member member : child.members()) {
            if (member.sex() == Sex.MALE && !accepted.contains(Sex.MALE)) {
                boyRefused = true;
            } else if (member.sex() == Sex.FEMALE && !accepted.contains(Sex.FEMALE)) {
                girlRefused = true;
            }
        }
        if (!boyRefused && !girlRefused) {
            return Optional.empty();
        }
        String approvedFor = accepted.contains(Sex.MALE) ? "boys only" : accepted.contains(Sex.FEMALE) ? "girls only" : "neither boys nor girls";
        String who;
        if (child.isSiblingGroup()) {
            who = boyRefused && girlRefused ? "The group includes a boy and a girl" : boyRefused ? "The group includes a boy" : "The group includes a girl";
        } else {
            who = boyRefused ? "The child is a boy" : "The child is a girl";
        }
        String search = boyRefused && girlRefused ? "boys and girls" : boyRefused ? "a boy" : "a girl";
        return Optional.of(new Exclusion(NAME,
                who + "; the household is approved for " + approvedFor + ".",
                "This search is for " + search + "; you are approved for " + approvedFor + "."));
    }
}
