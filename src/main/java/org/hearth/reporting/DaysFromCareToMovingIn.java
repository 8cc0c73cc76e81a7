package org.hearth.reporting;

import org.hearth.children.AdoptedChild;

/**
 * A1: for children adopted in the period, the average days between entering care and moving in with
 * the adoptive family (the placement for adoption). Children never placed for adoption before the
 * order, or with no date entered care, are left out.
 */
public final class DaysFromCareToMovingIn extends AverageDaysMeasure {

	static final String NOT_PLACED = "Not placed for adoption before the adoption order: no date the child moved in with the adoptive family";

	@Override
	public MeasureCode code() {
		return MeasureCode.A1;
	}

	@Override
	Counting count(AdoptedChild child) {
		return fromEnteringCare(child, child.placedForAdoption(), NOT_PLACED, "The date the child moved in");
	}
}
