package org.hearth.matching.web;

/** The next step of a link as typed: which step, its outcome where it has one, its date, a note. */
record StepForm(String step, String outcome, String day, String month, String year, String note) {

	static StepForm empty() {
		return new StepForm("", "", "", "", "", "");
	}
}
