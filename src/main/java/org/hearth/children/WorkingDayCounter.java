package org.hearth.children;

import java.time.LocalDate;

/**
 * Counts working days: the start day is day 0, and counting goes forward skipping Saturdays,
 * Sundays and England-and-Wales bank holidays. The agency's working-day calendar provides it.
 */
@FunctionalInterface
public interface WorkingDayCounter {

    LocalDate plusWorkingDays(LocalDate from, int days);
}
