package org.hearth.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hearth.children.AdoptedChild;

/**
 * A measure that averages days over the children it counts: the exact mean, rounded to the nearest
 * whole day, halves up.
 */
abstract class AverageDaysMeasure implements Measure {

	/** How one child counts: their days (with a note where the days are not plain), or why they are left out. */
	record Counting(Long days, String note, String leftOutBecause) {

		static Counting days(long days) {
			return new Counting(days, null, null);
		}

		static Counting days(long days, String note) {
			return new Counting(days, note, null);
		}

		static Counting leftOut(String reason) {
			return new Counting(null, null, reason);
		}
	}

	abstract Counting count(AdoptedChild child);

	@Override
	public final MeasureResult over(List<AdoptedChild> adopted, String nobodyAdopted) {
		var counted = new ArrayList<CountedChild>();
		var excluded = new ArrayList<ExcludedChild>();
		for (AdoptedChild child : adopted) {
			Counting counting = count(child);
			if (counting.leftOutBecause() != null) {
				excluded.add(new ExcludedChild(child.id(), child.caseReference(), child.boroughCode(),
						counting.leftOutBecause()));
			}
			else {
				counted.add(new CountedChild(child.id(), child.caseReference(), child.boroughCode(), counting.days(),
						null, counting.note()));
			}
		}
		if (counted.isEmpty()) {
			String why = adopted.isEmpty() ? nobodyAdopted : Measure.everyoneLeftOut(adopted.size());
			return MeasureResult.of(code(), Optional.empty(), Optional.empty(), Optional.empty(), counted, excluded,
					Optional.of(why));
		}
		long total = counted.stream().mapToLong(CountedChild::days).sum();
		long mean = BigDecimal.valueOf(total)
			.divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP)
			.longValueExact();
		return MeasureResult.of(code(), Optional.of(mean), Optional.empty(), Optional.empty(), counted, excluded,
				Optional.empty());
	}

	/**
	 * Days from entering care to an end point, or why the child is left out: no date entered care, no
	 * end point, or an end point before entering care.
	 */
	static Counting fromEnteringCare(AdoptedChild child, Optional<java.time.LocalDate> end, String noEnd,
			String endInWords) {
		if (child.enteredCare().isEmpty()) {
			return Counting.leftOut("No date the child entered care is recorded");
		}
		if (end.isEmpty()) {
			return Counting.leftOut(noEnd);
		}
		var start = child.enteredCare().get();
		if (end.get().isBefore(start)) {
			return Counting.leftOut(endInWords + " (" + Measure.inWords(end.get())
					+ ") is before the date the child entered care (" + Measure.inWords(start) + ")");
		}
		return Counting.days(Measure.daysBetween(start, end.get()));
	}
}
