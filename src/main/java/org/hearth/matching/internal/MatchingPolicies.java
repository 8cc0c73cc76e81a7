package org.hearth.matching.internal;

import java.util.List;

import org.hearth.matching.BoroughNeighbours;
import org.hearth.matching.HardRule;
import org.hearth.matching.MatchingSettings;
import org.hearth.matching.SoftFactor;

/** The hard rules and soft factors that ranking applies, in the order they are shown. */
public final class MatchingPolicies {

    private MatchingPolicies() {
    }

    public static List<HardRule> hardRules() {
        return List.of(new NumberOfChildrenOutsideRange(), new SiblingGroupNotAccepted(), new AgeOutsideRange(),
                new SexNotAccepted(), new NeedBeyondCapacity());
    }

    /** One factor per {@link org.hearth.matching.Factor}, in the factors' order. */
    public static List<SoftFactor> softFactors(MatchingSettings settings) {
        return List.of(new Heritage(), new ReligionFactor(), new LanguageFactor(), new NeedsCapacityHeadroom(),
                new EarlyPermanenceFactor(), new ContactFactor(),
                new Distance(settings.distancePolicy(), BoroughNeighbours.london()));
    }
}
