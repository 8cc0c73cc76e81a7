package org.hearth.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * The GOV.UK date input: day, month and year typed in three boxes, checked with a message for each
 * mistake. Every form with a date reads it through this.
 */
public record DateInput(String day, String month, String year) {

	public static DateInput of(LocalDate date) {
		return date == null ? new DateInput("", "", "")
				: new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
						String.valueOf(date.getYear()));
	}

	public boolean isEmpty() {
		return blank(day) && blank(month) && blank(year);
	}

	/** The date, or null after rejecting the field with a message such as "The date must include a month". */
	public LocalDate read(String field, String what, Errors errors) {
		if (isEmpty()) {
			errors.rejectValue(field, "required", "Enter " + what);
			return null;
		}
		if (blank(day) || blank(month) || blank(year)) {
			String missing = blank(day) ? "a day" : blank(month) ? "a month" : "a year";
			errors.rejectValue(field, "incomplete", capitalised(what) + " must include " + missing);
			return null;
		}
		try {
			int y = Integer.parseInt(year.trim());
			if (y < 1900 || y > 2200) {
				errors.rejectValue(field, "year", "The year of " + what + " must have 4 numbers, like 2026");
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
		}
		catch (NumberFormatException | DateTimeException e) {
			errors.rejectValue(field, "real", capitalised(what) + " must be a real date");
			return null;
		}
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
