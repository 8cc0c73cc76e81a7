package org.hearth.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated row of the inter-agency fee table: the fee for placements whose placement date (the
 * day the child moves in) is on or after {@code from}, until the next row of the same kind.
 *
 * @param from                   the first placement date the row applies to
 * @param kind                   the providing agency's kind: between local authorities or RAAs, or
 *                               with a voluntary adoption agency
 * @param firstChild             the fee for one child (or the first child of a sibling group)
 * @param eachFurtherChild       the fee for each further child of a sibling group placed together
 * @param londonUpliftPercent    the uplift a London providing agency adds, in whole per cent
 * @param confirmed              whether the single-child amount is confirmed by a source
 * @param siblingAmountConfirmed whether the amount for each further child is confirmed
 * @param source                 where the amounts come from, in words
 */
public record InterAgencyFeeRow(LocalDate from, AgencyKind kind, Money firstChild, Money eachFurtherChild,
        int londonUpliftPercent, boolean confirmed, boolean siblingAmountConfirmed, String source) {

    public InterAgencyFeeRow {
        Objects.requireNonNull(from, "A fee row needs the date it applies from");
        Objects.requireNonNull(kind, "A fee row needs its kind of placement");
        Objects.requireNonNull(firstChild, "A fee row needs the fee for one child");
        Objects.requireNonNull(eachFurtherChild, "A fee row needs the fee for each further child");
        if (londonUpliftPercent < 0) {
            throw new IllegalArgumentException("A London uplift cannot be negative");
        }
        source = source == null ? "" : source;
    }
}
