package org.hearth.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The period a figure counts over, both ends included: usually a financial year (1 April to 31 March)
 * or the three years ending 31 March.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public ReportingPeriod {
		if (from == null) {
			throw new ScorecardRequestRefused("from", "Give the first day of the period (from)");
		}
		if (to == null) {
			throw new ScorecardRequestRefused("to", "Give the last day of the period (to)");
		}
		if (to.isBefore(from)) {
			throw new ScorecardRequestRefused("to", "The last day of the period (" + DISPLAY.format(to)
					+ ") cannot be before its first day (" + DISPLAY.format(from) + ")");
		}
	}

	/** The financial year ending 31 March of this year. */
	public static ReportingPeriod financialYearEnding(int year) {
		return new ReportingPeriod(LocalDate.of(year - 1, Month.APRIL, 1), LocalDate.of(year, Month.MARCH, 31));
	}

	/** The three financial years ending 31 March of this year. */
	public static ReportingPeriod threeYearsEnding(int year) {
		return new ReportingPeriod(LocalDate.of(year - 3, Month.APRIL, 1), LocalDate.of(year, Month.MARCH, 31));
	}

	public boolean includes(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	/** The period in words, such as "1 April 2019 to 31 March 2020". */
	public String inWords() {
		return DISPLAY.format(from) + " to " + DISPLAY.format(to);
	}
}
