package org.hearth.adopters;

import java.time.LocalDate;

/**
 * A target date, worked out from the date it runs from; never stored.
 *
 * @param what what must happen, such as "Stage 1 decision"
 * @param runsFrom the date the period starts
 * @param due the last day to meet it
 * @param metOn when it was met, or null
 * @param extensionReason the recorded reason for going past it, or null
 */
public record Deadline(String what, LocalDate runsFrom, LocalDate due, LocalDate metOn, String extensionReason) {

	/** Not met, past its date, and no reason for going on recorded. */
	public boolean overdueOn(LocalDate today) {
		return metOn == null && today.isAfter(due) && extensionReason == null;
	}

	public boolean open() {
		return metOn == null;
	}

	public boolean metLate() {
		return metOn != null && metOn.isAfter(due);
	}

	public String statusOn(LocalDate today) {
		if (metOn != null) {
			return metLate() ? "Met late" : "Met";
		}
		if (today.isAfter(due)) {
			return extensionReason == null ? "Overdue" : "Extended";
		}
		return "Due";
	}
}
