package org.hearth.reporting;

import org.hearth.children.AdoptedChild;

/**
 * A2: for children adopted in the period, the average days between the local authority receiving
 * court authority to place (a placement order) and deciding on a match to an adoptive family. A child
 * matched before the court authority counts 0 days. Left out: children not placed for adoption before
 * the adoption order, and children with no placement order (including those placed with consent to
 * placement under section 19, which is not court authority).
 */
public final class DaysFromAuthorityToMatch extends AverageDaysMeasure {

	@Override
	public MeasureCode code() {
		return MeasureCode.A2;
	}

	@Override
	Counting count(AdoptedChild child) {
		if (child.placedForAdoption().isEmpty()) {
			return Counting.leftOut(DaysFromCareToMovingIn.NOT_PLACED);
		}
		if (child.placementOrder().isEmpty()) {
			return Counting.leftOut(child.consentToPlacement().isPresent()
					? "Placed with consent to placement (section 19): no placement order or freeing order, so no court authority to count from"
					: "No placement order or freeing order is recorded");
		}
		if (child.matchDecision().isEmpty()) {
			return Counting.leftOut("No match decision is recorded");
		}
		var authority = child.placementOrder().get();
		var match = child.matchDecision().get();
		if (match.isBefore(authority)) {
			return Counting.days(0, "Matched (" + Measure.inWords(match) + ") before the placement order ("
					+ Measure.inWords(authority) + "): counts as 0 days");
		}
		return Counting.days(Measure.daysBetween(authority, match));
	}
}
