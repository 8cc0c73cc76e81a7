package org.hearth.children.web;

/** A correction of a journey entry: a new date, or withdrawing it as recorded in error, and why. */
record CorrectionForm(String entry, String action, String day, String month, String year, String reason) {

	static CorrectionForm empty() {
		return new CorrectionForm("", "date", "", "", "", "");
	}
}
