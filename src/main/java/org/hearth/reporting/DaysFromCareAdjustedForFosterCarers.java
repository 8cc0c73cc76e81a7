package org.hearth.reporting;

import org.hearth.children.AdoptedChild;

/**
 * A10: A1 adjusted for foster carer adoptions. For a child adopted by their foster carers the end
 * point is the day the fostering placement with them began, not the day it became a placement for
 * adoption; every other child counts as in A1.
 */
public final class DaysFromCareAdjustedForFosterCarers extends AverageDaysMeasure {

	@Override
	public MeasureCode code() {
		return MeasureCode.A10;
	}

	@Override
	Counting count(AdoptedChild child) {
		if (child.adoptedByFosterCarers()) {
			var counting = fromEnteringCare(child, child.fosteredByTheAdopters(), null,
					"The date the fostering placement with the carers who adopted began");
			return counting.leftOutBecause() != null ? counting
					: Counting.days(counting.days(), "Adopted by their foster carers: counted to the start of the fostering placement ("
							+ Measure.inWords(child.fosteredByTheAdopters().get()) + ")");
		}
		return fromEnteringCare(child, child.placedForAdoption(), DaysFromCareToMovingIn.NOT_PLACED,
				"The date the child moved in");
	}
}
