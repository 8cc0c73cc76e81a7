package org.hearth.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hearth.children.AdoptedChild;

/**
 * A3: of the children adopted in the period whom A1 counts, the percentage who moved in with their
 * adoptive family strictly before the date they entered care plus 14 calendar months (as
 * {@code LocalDate.plusMonths} adds them); whole per cent, halves up. Not adjusted for foster carer
 * adoptions.
 */
public final class MovedInWithinFourteenMonths implements Measure {

	static final int MONTHS = 14;

	private final DaysFromCareToMovingIn a1 = new DaysFromCareToMovingIn();

	@Override
	public MeasureCode code() {
		return MeasureCode.A3;
	}

	@Override
	public MeasureResult over(List<AdoptedChild> adopted, String nobodyAdopted) {
		var counted = new ArrayList<CountedChild>();
		var excluded = new ArrayList<ExcludedChild>();
		int within = 0;
		for (AdoptedChild child : adopted) {
			var counting = a1.count(child);
			if (counting.leftOutBecause() != null) {
				excluded.add(new ExcludedChild(child.id(), child.caseReference(), child.boroughCode(),
						counting.leftOutBecause()));
				continue;
			}
			var deadline = child.enteredCare().get().plusMonths(MONTHS);
			boolean inTime = child.placedForAdoption().get().isBefore(deadline);
			within += inTime ? 1 : 0;
			counted.add(new CountedChild(child.id(), child.caseReference(), child.boroughCode(), counting.days(), inTime,
					(inTime ? "Moved in before " : "Moved in on or after ") + Measure.inWords(deadline)
							+ ", 14 months after entering care"));
		}
		if (counted.isEmpty()) {
			String why = adopted.isEmpty() ? nobodyAdopted : Measure.everyoneLeftOut(adopted.size());
			return MeasureResult.of(code(), Optional.empty(), Optional.empty(), Optional.empty(), counted, excluded,
					Optional.of(why));
		}
		long percent = BigDecimal.valueOf(within * 100L)
			.divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP)
			.longValueExact();
		return MeasureResult.of(code(), Optional.of(percent), Optional.of(within), Optional.of(counted.size()), counted,
				excluded, Optional.empty());
	}
}
