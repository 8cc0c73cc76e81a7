package org.hearth.reporting;

import java.time.LocalDate;

/**
 * A DfE performance threshold for a measure, for periods ending on or after a date.
 *
 * @param met whether the measure's value is at or below the threshold; null when it cannot be computed
 */
public record Threshold(long days, LocalDate appliesToPeriodsEndingFrom, Boolean met) {
}
