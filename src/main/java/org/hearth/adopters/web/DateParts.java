package org.hearth.adopters.web;

import java.time.LocalDate;

import org.hearth.adopters.HouseholdRuleBroken;
import org.hearth.calendar.DateInput;

/** A GOV.UK date input's three boxes, read through {@link DateInput} as a household rule broken when wrong. */
final class DateParts {

	private DateParts() {
	}

	static LocalDate required(String day, String month, String year, String field, String what) {
		var typed = new DateInput(day, month, year);
		typed.mistake(what).ifPresent(mistake -> {
			throw new HouseholdRuleBroken(field, mistake.message());
		});
		return typed.date();
	}

	static LocalDate optional(String day, String month, String year, String field, String what) {
		return new DateInput(day, month, year).isEmpty() ? null : required(day, month, year, field, what);
	}
}
