package org.hearth.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hearth.reporting.CountedChild;
import org.hearth.reporting.ExcludedChild;
import org.hearth.reporting.MeasureResult;
import org.hearth.reporting.Scorecard;
import org.hearth.reporting.Threshold;

/** The scorecard as the API answers it. */
record ScorecardJson(LocalDate from, LocalDate to, Scope scope, int childrenAdopted, boolean recordsShown,
		List<Measure> measures) {

	record Scope(String kind, String code, String name, Set<String> boroughs) {
	}

	/**
	 * @param counted the children counted, with their days; null when the caller may see figures only
	 * @param excluded the children left out, with the reason; null when the caller may see figures only
	 * @param reason why the measure cannot be computed; null when it can
	 */
	record Measure(String code, String title, Long value, String unit, Integer numerator, Integer denominator,
			int countedCount, int excludedCount, Map<String, Integer> excludedByReason, List<Counted> counted,
			List<Excluded> excluded, boolean cannotBeComputed, String reason, ThresholdJson threshold) {
	}

	record Counted(String childId, String reference, String borough, long days, Boolean inNumerator, String note) {

		static Counted of(CountedChild child) {
			return new Counted(child.childId().toString(), child.reference(), child.borough(), child.days(),
					child.inNumerator(), child.note());
		}
	}

	record Excluded(String childId, String reference, String borough, String reason) {

		static Excluded of(ExcludedChild child) {
			return new Excluded(child.childId().toString(), child.reference(), child.borough(), child.reason());
		}
	}

	record ThresholdJson(long days, LocalDate appliesToPeriodsEndingFrom, Boolean met) {

		static ThresholdJson of(Threshold threshold) {
			return threshold == null ? null
					: new ThresholdJson(threshold.days(), threshold.appliesToPeriodsEndingFrom(), threshold.met());
		}
	}

	static ScorecardJson of(Scorecard scorecard) {
		var scope = scorecard.scope();
		return new ScorecardJson(scorecard.period().from(), scorecard.period().to(),
				new Scope(scope.kind().name(), scope.code(), scope.name(), new TreeSet<>(scope.boroughs())),
				scorecard.childrenAdopted(), scorecard.recordsShown(),
				scorecard.measures().stream().map(m -> measure(m, scorecard)).toList());
	}

	private static Measure measure(MeasureResult m, Scorecard scorecard) {
		boolean shown = scorecard.recordsShown();
		return new Measure(m.code().name(), m.code().title(), m.value().orElse(null), m.code().unit().word(),
				m.numerator().orElse(null), m.denominator().orElse(null), m.countedCount(), m.excludedCount(),
				m.excludedByReason(), shown ? m.counted().stream().map(Counted::of).toList() : null,
				shown ? m.excluded().stream().map(Excluded::of).toList() : null, m.cannotBeComputed().isPresent(),
				m.cannotBeComputed().orElse(null), ThresholdJson.of(scorecard.thresholds().get(m.code())));
	}
}
