package org.hearth.adopters;

import java.time.LocalDate;

import org.hearth.calendar.CalendarNotKnown;
import org.hearth.calendar.WorkingDayCalendar;

/**
 * A target date, worked out from the date it runs from; never stored.
 *
 * @param what what must happen, such as "Stage 1 decision"
 * @param runsFrom the date the period starts
 * @param due the last day to meet it, or null when it is counted in working days and the bank
 *     holidays of its year are not known yet (see {@link #dueKnown()})
 * @param metOn when it was met, or null
 * @param extensionReason the recorded reason for going past it, or null
 */
public record Deadline(String what, LocalDate runsFrom, LocalDate due, LocalDate metOn, String extensionReason) {

	/** What the pages say in place of a due date the calendar cannot give. */
	public static final String NOT_KNOWN_YET = "The calendar for this date is not known yet";

	/**
	 * A deadline {@code days} working days after {@code runsFrom}; its due date is left unknown, not
	 * guessed, when the calendar does not reach it.
	 */
	public static Deadline inWorkingDays(String what, LocalDate runsFrom, int days, WorkingDayCalendar calendar,
			LocalDate metOn) {
		LocalDate due;
		try {
			due = calendar.plusWorkingDays(runsFrom, days);
		}
		catch (CalendarNotKnown e) {
			due = null;
		}
		return new Deadline(what, runsFrom, due, metOn, null);
	}

	/** Whether the due date could be worked out. */
	public boolean dueKnown() {
		return due != null;
	}

	/** Not met, past its date, and no reason for going on recorded. */
	public boolean overdueOn(LocalDate today) {
		return metOn == null && dueKnown() && today.isAfter(due) && extensionReason == null;
	}

	public boolean open() {
		return metOn == null;
	}

	public boolean metLate() {
		return metOn != null && dueKnown() && metOn.isAfter(due);
	}

	public String statusOn(LocalDate today) {
		if (metOn != null) {
			return metLate() ? "Met late" : "Met";
		}
		if (!dueKnown()) {
			return "Not known yet";
		}
		if (today.isAfter(due)) {
			return extensionReason == null ? "Overdue" : "Extended";
		}
		return "Due";
	}
}
