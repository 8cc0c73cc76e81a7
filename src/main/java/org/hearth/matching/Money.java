package org.hearth.matching;

import java.text.NumberFormat;
import java.util.Locale;

/** An amount of pounds sterling in whole pence, never negative. */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (pence < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative");
        }
    }

    public static Money pounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    public static Money pence(long pence) {
        return new Money(pence);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money times(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Money cannot be multiplied by a negative number");
        }
        return new Money(Math.multiplyExact(pence, (long) count));
    }

    /** This amount raised by a whole percentage, to the nearest penny (halves up). */
    public Money plusPercent(int percent) {
        if (percent < 0) {
            throw new IllegalArgumentException("A percentage uplift cannot be negative");
        }
        long raised = Math.multiplyExact(pence, 100L + percent);
        return new Money((raised + 50) / 100);
    }

    public boolean isZero() {
        return pence == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** As written in a letter: £29,700 for whole pounds and £29,700.50 otherwise. */
    @Override
    public String toString() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(pence % 100 == 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return "£" + format.format(pence / 100.0);
    }
}
