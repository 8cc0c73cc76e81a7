package org.hearth.reporting;

import java.util.List;
import java.util.Map;

/**
 * The adoption scorecard of a scope over a period.
 *
 * @param childrenAdopted how many children of the scope had an adoption order in the period
 * @param recordsShown whether the measures list the children they count and leave out (only for staff
 *        who may see every one of the scope's children); otherwise they give figures only
 * @param thresholds the threshold applying to each measure that has one
 */
public record Scorecard(ReportingPeriod period, ScorecardScope scope, int childrenAdopted, boolean recordsShown,
		List<MeasureResult> measures, Map<MeasureCode, Threshold> thresholds) {

	public Scorecard {
		measures = List.copyOf(measures);
		thresholds = Map.copyOf(thresholds);
	}

	/** The same figures without the children behind them. */
	public Scorecard withoutRecords() {
		return new Scorecard(period, scope, childrenAdopted, false,
				measures.stream().map(MeasureResult::withoutRecords).toList(), thresholds);
	}

	public MeasureResult measure(MeasureCode code) {
		return measures.stream().filter(m -> m.code() == code).findFirst().orElseThrow();
	}
}
