package org.hearth.adopters.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.hearth.adopters.HouseholdRuleBroken;

/** A GOV.UK date input's three boxes, read as a date or rejected in words a person can act on. */
final class DateParts {

	private DateParts() {
	}

	static LocalDate required(String day, String month, String year, String field, String what) {
		var date = optional(day, month, year, field, what);
		if (date == null) {
			throw new HouseholdRuleBroken(field, "Enter " + what);
		}
		return date;
	}

	static LocalDate optional(String day, String month, String year, String field, String what) {
		if (blank(day) && blank(month) && blank(year)) {
			return null;
		}
		if (blank(day) || blank(month) || blank(year)) {
			throw new HouseholdRuleBroken(field, capitalise(what) + " must include a day, month and year");
		}
		try {
			int y = Integer.parseInt(year.trim());
			if (y < 1900 || y > 2200) {
				throw new HouseholdRuleBroken(field, capitalise(what) + " must have a year with 4 numbers, like 2026");
			}
			return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
		}
		catch (NumberFormatException | DateTimeException e) {
			throw new HouseholdRuleBroken(field, capitalise(what) + " must be a real date");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String capitalise(String s) {
		return s.substring(0, 1).toUpperCase() + s.substring(1);
	}
}
