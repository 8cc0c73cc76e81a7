package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The placement order (or consent to placement) cannot be before the should be placed for adoption
 * decision: the local authority applies for a placement order, and an agency places with consent,
 * only once satisfied that the child ought to be placed for adoption (ACA 2002 s19 and s22; the
 * decision is made under AAR 2005 reg 19). Compared within the current adoption plan: a decision
 * that adoption is no longer the plan starts a new round.
 */
public final class PlacementOrderNotBeforeShouldBePlacedDecision extends NotBeforeRule {

    public PlacementOrderNotBeforeShouldBePlacedDecision() {
        super(JourneyEventType.PLACEMENT_ORDER, EnumSet.of(JourneyEventType.SHOULD_BE_PLACED_DECISION), ADOPTION_PLAN);
    }
}
