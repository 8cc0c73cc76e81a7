package org.hearth.children;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A child with an adoption order, with the dates of their journey that the adoption scorecard counts.
 * Each date is that of the latest event of its kind on or before the adoption order: the care episode,
 * the authority, the match and the placement that led to this adoption.
 *
 * @param fosteredByTheAdopters for a child adopted by their foster carers, the day the fostering
 *        placement with them began; empty for every other child
 */
public record AdoptedChild(ChildId id, String boroughCode, String caseReference, LocalDate adoptionOrder,
		Optional<LocalDate> enteredCare, Optional<LocalDate> placementOrder, Optional<LocalDate> consentToPlacement,
		Optional<LocalDate> matchDecision, Optional<LocalDate> placedForAdoption,
		Optional<LocalDate> fosteredByTheAdopters) {

	public AdoptedChild {
		Objects.requireNonNull(id, "An adopted child has an id");
		Objects.requireNonNull(adoptionOrder, "An adopted child has an adoption order date");
	}

	/** The child as the scorecard sees them, or empty when their journey has no adoption order. */
	static Optional<AdoptedChild> of(Child child) {
		List<JourneyEvent> events = child.journey().effectiveEvents();
		Optional<LocalDate> order = events.stream()
			.filter(event -> event.is(JourneyEventType.ADOPTION_ORDER))
			.map(JourneyEvent::date)
			.max(Comparator.naturalOrder());
		return order.map(date -> new AdoptedChild(child.id(), child.boroughCode(), child.details().caseReference(), date,
				latestBy(events, JourneyEventType.ENTERED_CARE, date),
				latestBy(events, JourneyEventType.PLACEMENT_ORDER, date),
				latestBy(events, JourneyEventType.CONSENT_TO_PLACEMENT, date),
				latestBy(events, JourneyEventType.MATCH_DECISION, date),
				latestBy(events, JourneyEventType.PLACED_FOR_ADOPTION, date),
				latestBy(events, JourneyEventType.FOSTERED_BY_THE_ADOPTERS, date)));
	}

	private static Optional<LocalDate> latestBy(List<JourneyEvent> events, JourneyEventType type, LocalDate order) {
		return events.stream()
			.filter(event -> event.is(type) && !event.date().isAfter(order))
			.map(JourneyEvent::date)
			.max(Comparator.naturalOrder());
	}

	/** Whether the child was adopted by the foster carers they had been placed with. */
	public boolean adoptedByFosterCarers() {
		return fosteredByTheAdopters.isPresent();
	}
}
