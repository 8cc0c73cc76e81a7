package org.hearth.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One measure of the scorecard over the children adopted in a period: its value, the children it
 * counts (with their days) and those it leaves out (with the reason), or why it cannot be computed.
 *
 * @param value the rounded average in days, or the whole per cent; empty when it cannot be computed
 * @param numerator for a percentage, how many children it counts; otherwise empty
 * @param denominator for a percentage, out of how many; otherwise empty
 * @param cannotBeComputed why there is no value, or empty
 */
public record MeasureResult(MeasureCode code, Optional<Long> value, Optional<Integer> numerator,
		Optional<Integer> denominator, int countedCount, int excludedCount, Map<String, Integer> excludedByReason,
		List<CountedChild> counted, List<ExcludedChild> excluded, Optional<String> cannotBeComputed) {

	public MeasureResult {
		counted = List.copyOf(counted);
		excluded = List.copyOf(excluded);
		excludedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(excludedByReason));
	}

	/** The result over these children, with how many it counts and leaves out (and why). */
	static MeasureResult of(MeasureCode code, Optional<Long> value, Optional<Integer> numerator,
			Optional<Integer> denominator, List<CountedChild> counted, List<ExcludedChild> excluded,
			Optional<String> cannotBeComputed) {
		var byReason = new LinkedHashMap<String, Integer>();
		excluded.forEach(child -> byReason.merge(child.reason(), 1, Integer::sum));
		return new MeasureResult(code, value, numerator, denominator, counted.size(), excluded.size(), byReason,
				counted, excluded, cannotBeComputed);
	}

	/** The figures only: how many children are counted and left out, not who they are. */
	public MeasureResult withoutRecords() {
		return new MeasureResult(code, value, numerator, denominator, countedCount, excludedCount, excludedByReason,
				List.of(), List.of(), cannotBeComputed);
	}

	public boolean computed() {
		return value.isPresent();
	}
}
