package org.hearth.children;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child's date of birth, or the expected date while the child is not yet born.
 *
 * @param date the date of birth, or the expected date when {@code born} is false
 * @param born whether the child has been born
 */
public record Birth(LocalDate date, boolean born) {

    public Birth {
        Objects.requireNonNull(date, "A birth needs a date: the date of birth, or the expected date for an unborn child");
    }

    public static Birth on(LocalDate dateOfBirth) {
        return new Birth(dateOfBirth, true);
    }

    public static Birth expectedOn(LocalDate expectedDate) {
        return new Birth(expectedDate, false);
    }

    /**
     * Whether the child had been born on the given day. An unborn child is not born on any day,
     * even after the expected date has passed, until the birth is recorded.
     */
    public boolean isBornOn(LocalDate day) {
        return born && !date.isAfter(day);
    }
}
