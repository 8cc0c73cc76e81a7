package org.hearth.matching.web;

/** Closing a link as typed: the reason from the list, the words for the household, a note, the date. */
record CloseForm(String reason, String shared, String note, String day, String month, String year) {

	static CloseForm empty() {
		return new CloseForm("", "", "", "", "", "");
	}
}
