package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The parents' consent to placement cannot be before the should be placed for adoption decision: an
 * agency places a child with consent under ACA 2002 s19 only once satisfied that the child ought to
 * be placed for adoption (AAR 2005 reg 19). Compared within the current adoption plan.
 */
public final class ConsentToPlacementNotBeforeShouldBePlacedDecision extends NotBeforeRule {

    public ConsentToPlacementNotBeforeShouldBePlacedDecision() {
        super(JourneyEventType.CONSENT_TO_PLACEMENT, EnumSet.of(JourneyEventType.SHOULD_BE_PLACED_DECISION),
                ADOPTION_PLAN);
    }
}
