package org.hearth.matching.internal;

import java.util.stream.Collectors;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.Religion;

/**
 * Whether the household shares the religion the child is to be brought up in. A child with no
 * religion, or whose religion is not known, earns the whole weight for every household.
 */
public final class ReligionFactor extends FractionFactor {

    @Override
    public Factor factor() {
        return Factor.RELIGION;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        if (!child.religion().isFaith()) {
            return NOT_APPLICABLE;
        }
        return household.religions().contains(child.religion()) ? fraction(1, 1) : fraction(0, 1);
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        Religion religion = child.religion();
        if (!religion.isFaith()) {
            return religion == Religion.NOT_KNOWN
                    ? "The child's religion is not known, so it is not scored."
                    : "The plan asks for no religious upbringing, so it is not scored.";
        }
        if (household.religions().contains(religion)) {
            return "The household shares the child's religion (" + religion.words() + ").";
        }
        if (household.religions().isEmpty()) {
            return "The child's religion is " + religion.words() + "; the household's religion is not recorded.";
        }
        return "The child's religion is " + religion.words() + "; the household's is "
                + household.religions().stream().map(Religion::words).collect(Collectors.joining(" and ")) + ".";
    }
}
