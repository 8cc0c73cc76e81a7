package org.hearth.reporting;

import java.time.LocalDate;

/**
 * What scorecard to compute: the period, and a borough (ONS code) or an agency, or neither for the
 * user's whole scope.
 */
public record ScorecardRequest(LocalDate from, LocalDate to, String borough, String agency) {

	/** From the parameters as written, naming the one that is not a date. */
	public static ScorecardRequest of(String from, String to, String borough, String agency) {
		return new ScorecardRequest(Scorecards.date("from", from), Scorecards.date("to", to), borough, agency);
	}
}
