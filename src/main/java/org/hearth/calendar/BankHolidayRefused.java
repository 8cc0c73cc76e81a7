package org.hearth.calendar;

/**
 * A change to the bank holiday list that would leave it wrong: a weekend date, a missing title, a
 * year skipped, a date already listed or not listed. The message is for the administrator.
 *
 * @see BankHolidayList
 */
public final class BankHolidayRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	BankHolidayRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field the message belongs to: {@code day} (the date) or {@code title}. */
	public String field() {
		return field;
	}
}
