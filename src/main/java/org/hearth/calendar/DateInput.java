package org.hearth.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * The GOV.UK date input: day, month and year typed in three boxes, checked with a message for each
 * mistake. Every form with a date reads it through this.
 */
public record DateInput(String day, String month, String year) {

	/** What is wrong with a date as typed: an error code and the message for the person. */
	public record Mistake(String code, String message) {
	}

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
		Optional<Mistake> mistake = mistake(what);
		if (mistake.isPresent()) {
			errors.rejectValue(field, mistake.get().code(), mistake.get().message());
			return null;
		}
		return date();
	}

	/**
	 * What is wrong with the date as typed, or empty when it is a real date.
	 *
	 * @param what the date in words, for the messages, such as "the date the fee applies from"
	 */
	public Optional<Mistake> mistake(String what) {
		if (isEmpty()) {
			return Optional.of(new Mistake("required", "Enter " + what));
		}
		if (blank(day) || blank(month) || blank(year)) {
			String missing = blank(day) ? "a day" : blank(month) ? "a month" : "a year";
			return Optional.of(new Mistake("incomplete", capitalised(what) + " must include " + missing));
		}
		try {
			int y = Integer.parseInt(year.trim());
			if (y < 1900 || y > 2200) {
				return Optional.of(new Mistake("year", "The year of " + what + " must have 4 numbers, like 2026"));
			}
			date();
			return Optional.empty();
		}
		catch (NumberFormatException | DateTimeException e) {
			return Optional.of(new Mistake("real", capitalised(what) + " must be a real date"));
		}
	}

	/** The date typed; call {@link #mistake} first. */
	public LocalDate date() {
		return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
