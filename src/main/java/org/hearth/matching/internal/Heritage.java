package org.hearth.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;

/**
 * How closely the household can reflect the child's heritage. For each known ethnicity of the
 * child (each member's, once): reflected closely (the household names that ethnicity) counts
 * fully, broadly (the household names its group, or another ethnicity of the same group) counts
 * half, otherwise nothing. Codes not known (refused, not yet obtained) are not scored; a child with
 * no known code earns the whole weight.
 */
public final class Heritage extends FractionFactor {

    @Override
    public Factor factor() {
        return Factor.HERITAGE;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        int earned = 0;
        int known = 0;
        int seen = 0;
        for (ChildProfile.Member member : child.members()) {
            EthnicityCode code = member.ethnicity();
            int bit = 1 << code.ordinal();
            if ((seen & bit) != 0 || !code.isKnown()) {
                continue;
            }
            seen |= bit;
            known++;
            earned += reflects(household, code);
        }
        return known == 0 ? NOT_APPLICABLE : fraction(earned, 2 * known);
    }

    /** 2 reflected closely, 1 broadly, 0 not. */
    private static int reflects(HouseholdProfile household, EthnicityCode code) {
        if (household.heritageCodes().contains(code)) {
            return 2;
        }
        EthnicGroup group = code.group();
        if (household.heritageGroups().contains(group)) {
            return 1;
        }
        Set<EthnicityCode> codes = household.heritageCodes();
        for (EthnicityCode reflected : codes) {
            if (reflected.group() == group) {
                return 1;
            }
        }
        return 0;
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        List<String> closely = new ArrayList<>();
        List<String> broadly = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (EthnicityCode code : child.ethnicities()) {
            if (!code.isKnown()) {
                continue;
            }
            switch (reflects(household, code)) {
                case 2 -> closely.add(code.label());
                case 1 -> broadly.add(code.label() + " (" + code.group().label() + " group)");
                default -> not.add(code.label());
            }
        }
        if (closely.isEmpty() && broadly.isEmpty() && not.isEmpty()) {
            return "The child's heritage is not yet known, so it is not scored.";
        }
        List<String> sentences = new ArrayList<>();
        if (!closely.isEmpty()) {
            sentences.add("reflects closely the child's " + Words.list(closely) + " heritage");
        }
        if (!broadly.isEmpty()) {
            sentences.add("reflects broadly the child's " + Words.list(broadly) + " heritage");
        }
        if (!not.isEmpty()) {
            sentences.add("does not reflect the child's " + Words.list(not) + " heritage");
        }
        return "The household " + Words.list(sentences) + ".";
    }
}
