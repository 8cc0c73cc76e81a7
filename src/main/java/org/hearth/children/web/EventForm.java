package org.hearth.children.web;

/** A journey event as typed: its kind, its date in three boxes, a reason code where needed, a note. */
record EventForm(String type, String day, String month, String year, String reason, String note) {

	static EventForm empty() {
		return new EventForm("", "", "", "", "", "");
	}
}
