package org.hearth.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.calendar.DateInput;

/**
 * The audit search's filters as typed: who, what, which record, and from and to dates in GOV.UK date
 * inputs (day, month, year). A date left empty does not filter.
 */
record AuditFilters(String actor, String action, String subjectType, String subjectId, String fromDay,
		String fromMonth, String fromYear, String toDay, String toMonth, String toYear) {

	/** What is wrong with a filter: the field to link to and the message. */
	record Problem(String field, String message) {
	}

	DateInput from() {
		return new DateInput(fromDay, fromMonth, fromYear);
	}

	DateInput to() {
		return new DateInput(toDay, toMonth, toYear);
	}

	List<Problem> problems() {
		var problems = new ArrayList<Problem>();
		if (has(action) && parsedAction() == null) {
			problems.add(new Problem("action", "Select what happened from the list"));
		}
		var fromMistake = from().isEmpty() ? java.util.Optional.<DateInput.Mistake>empty()
				: from().mistake("the date to search from");
		fromMistake.ifPresent(m -> problems.add(new Problem("fromDay", m.message())));
		var toMistake = to().isEmpty() ? java.util.Optional.<DateInput.Mistake>empty()
				: to().mistake("the date to search to");
		toMistake.ifPresent(m -> problems.add(new Problem("toDay", m.message())));
		if (problems.isEmpty() && !from().isEmpty() && !to().isEmpty() && to().date().isBefore(from().date())) {
			problems.add(new Problem("toDay",
					"The date to search to must be the same as or after the date to search from"));
		}
		return problems;
	}

	/** The query; call {@link #problems()} first. */
	AuditQuery query() {
		LocalDate fromDate = from().isEmpty() ? null : from().date();
		LocalDate toDate = to().isEmpty() ? null : to().date();
		return new AuditQuery(actor, parsedAction(), subjectType, subjectId, fromDate, toDate);
	}

	private AuditAction parsedAction() {
		if (!has(action)) {
			return null;
		}
		for (AuditAction each : AuditAction.values()) {
			if (each.name().equals(action.trim())) {
				return each;
			}
		}
		return null;
	}

	private static boolean has(String text) {
		return text != null && !text.isBlank();
	}
}
