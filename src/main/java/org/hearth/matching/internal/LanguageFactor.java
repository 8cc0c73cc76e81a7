package org.hearth.matching.internal;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.Language;

/**
 * Whether someone in the household speaks the child's first language. A child with no first
 * language recorded earns the whole weight; a household with no languages recorded is taken to
 * speak English.
 */
public final class LanguageFactor extends FractionFactor {

    @Override
    public Factor factor() {
        return Factor.LANGUAGE;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        Language first = child.firstLanguage();
        if (first == null) {
            return NOT_APPLICABLE;
        }
        return speaks(household, first) ? fraction(1, 1) : fraction(0, 1);
    }

    private static boolean speaks(HouseholdProfile household, Language language) {
        if (household.languages().isEmpty()) {
            return Language.ENGLISH.equals(language);
        }
        return household.languages().contains(language);
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        Language first = child.firstLanguage();
        if (first == null) {
            return "The child has no first language recorded, so it is not scored.";
        }
        return speaks(household, first)
                ? "The household speaks the child's first language (" + first.words() + ")."
                : "Nobody in the household speaks the child's first language (" + first.words() + ").";
    }
}
