package org.hearth.calendar;

import java.time.LocalDate;

/**
 * A working-day count reached a date whose bank holidays Hearth does not know, so it refuses to
 * guess. The message says which years are missing and that an administrator can add them.
 */
public final class CalendarNotKnown extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient LocalDate unknownDate;

	CalendarNotKnown(LocalDate unknownDate, String message) {
		super(message);
		this.unknownDate = unknownDate;
	}

	/** The first date the count needed and the calendar could not judge. */
	public LocalDate unknownDate() {
		return unknownDate;
	}
}
