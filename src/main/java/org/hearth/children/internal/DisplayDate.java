package org.hearth.children.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the agency writes them: "3 March 2026".
 */
public final class DisplayDate {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisplayDate() {
    }

    public static String of(LocalDate date) {
        return IN_WORDS.format(date);
    }
}
