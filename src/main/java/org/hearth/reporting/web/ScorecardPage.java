package org.hearth.reporting.web;

import java.time.LocalDate;

import org.hearth.reporting.ReportingPeriod;
import org.hearth.reporting.ScorecardRequest;
import org.hearth.reporting.ScorecardRequestRefused;

/**
 * The scorecard page's choices, as typed: the year the period ends (31 March), one or three years,
 * and the scope ("" for the user's whole scope, "agency:id" or "borough:code").
 */
record ScorecardPage(String year, String years, String scope) {

	static final int FIRST_YEAR = 2010;

	/** The most recent financial year that has ended, as its ending year. */
	static int latestEndedYear(LocalDate today) {
		return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
	}

	ScorecardPage withDefaults(LocalDate today) {
		return new ScorecardPage(year == null || year.isBlank() ? String.valueOf(latestEndedYear(today)) : year.strip(),
				years == null || years.isBlank() ? "1" : years.strip(), scope == null ? "" : scope.strip());
	}

	/** The request the choices make, naming the choice that cannot be used. */
	ScorecardRequest request(LocalDate today) {
		int ending;
		try {
			ending = Integer.parseInt(year);
		}
		catch (NumberFormatException e) {
			throw new ScorecardRequestRefused("year", "Choose the year the period ends, such as 2026");
		}
		if (ending < FIRST_YEAR || ending > today.getYear() + 1) {
			throw new ScorecardRequestRefused("year",
					"The period must end on 31 March of a year from " + FIRST_YEAR + " to " + (today.getYear() + 1));
		}
		ReportingPeriod period = switch (years) {
			case "1" -> ReportingPeriod.financialYearEnding(ending);
			case "3" -> ReportingPeriod.threeYearsEnding(ending);
			default -> throw new ScorecardRequestRefused("years", "Choose one financial year or three");
		};
		String borough = null;
		String agency = null;
		if (scope.startsWith("borough:")) {
			borough = scope.substring("borough:".length());
		}
		else if (scope.startsWith("agency:")) {
			agency = scope.substring("agency:".length());
		}
		else if (!scope.isEmpty()) {
			throw new ScorecardRequestRefused("scope", "Choose whose figures to show from the list");
		}
		return new ScorecardRequest(period.from(), period.to(), borough, agency);
	}
}
