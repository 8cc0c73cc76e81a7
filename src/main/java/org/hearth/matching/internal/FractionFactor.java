package org.hearth.matching.internal;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.ScorePart;
import org.hearth.matching.SoftFactor;

/**
 * A soft factor that earns a fraction of its weight. The fraction is worked out once, without
 * words, so that ranking a whole pool stays fast; the words are only written for what is shown.
 * Points are the weight times the fraction, rounded to the nearest whole point, halves up. A
 * factor that does not apply to the child (no contact planned, no faith, heritage not known) earns
 * its whole weight, so it moves no household above another.
 */
abstract class FractionFactor implements SoftFactor {

    /** Not applicable to this child: the whole weight. */
    static final long NOT_APPLICABLE = fraction(0, 0);

    /** A fraction packed in a long, numerator in the high half: no object per pair scored. */
    static long fraction(int numerator, int denominator) {
        return ((long) numerator << 32) | (denominator & 0xffffffffL);
    }

    static int numerator(long fraction) {
        return (int) (fraction >>> 32);
    }

    static int denominator(long fraction) {
        return (int) fraction;
    }

    /** The points for the fraction of the weight: whole points, rounded half up. */
    static int points(int maxPoints, long fraction) {
        int numerator = numerator(fraction);
        int denominator = denominator(fraction);
        if (denominator == 0 || numerator >= denominator) {
            return maxPoints;
        }
        if (numerator <= 0) {
            return 0;
        }
        return (int) ((2L * maxPoints * numerator + denominator) / (2L * denominator));
    }

    abstract long fraction(ChildProfile child, HouseholdProfile household);

    abstract String words(ChildProfile child, HouseholdProfile household);

    @Override
    public final int points(ChildProfile child, HouseholdProfile household, int maxPoints) {
        return points(maxPoints, fraction(child, household));
    }

    @Override
    public final ScorePart score(ChildProfile child, HouseholdProfile household, int maxPoints) {
        return new ScorePart(factor(), points(child, household, maxPoints), maxPoints, words(child, household));
    }
}
