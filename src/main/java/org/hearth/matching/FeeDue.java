package org.hearth.matching;

import java.util.Objects;

/**
 * The inter-agency fee due for a placement.
 *
 * @param amount      the fee (zero for an in-house placement)
 * @param basis       how it was worked out, in words
 * @param unconfirmed whether it rests on an amount no source confirmed (an agency setting): finance
 *                    should check it before paying or invoicing
 */
public record FeeDue(Money amount, String basis, boolean unconfirmed) {

    public FeeDue {
        Objects.requireNonNull(amount, "A fee due needs its amount");
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("A fee due says how it was worked out");
        }
    }

    public static FeeDue none(String why) {
        return new FeeDue(Money.ZERO, why, false);
    }
}
