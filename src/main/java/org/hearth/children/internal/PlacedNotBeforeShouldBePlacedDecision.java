package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The placement for adoption cannot be before the should be placed for adoption decision (SSDA903
 * validation rule 521: decision date on or before the start of the A3 to A6 placement).
 */
public final class PlacedNotBeforeShouldBePlacedDecision extends NotBeforeRule {

    public PlacedNotBeforeShouldBePlacedDecision() {
        super(JourneyEventType.PLACED_FOR_ADOPTION, EnumSet.of(JourneyEventType.SHOULD_BE_PLACED_DECISION), ADOPTION_PLAN);
    }
}
