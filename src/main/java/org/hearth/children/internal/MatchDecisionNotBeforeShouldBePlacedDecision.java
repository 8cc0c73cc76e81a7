package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The match decision cannot be before the should be placed for adoption decision (SSDA903
 * validation rule 333: decision date on or before match date).
 */
public final class MatchDecisionNotBeforeShouldBePlacedDecision extends NotBeforeRule {

    public MatchDecisionNotBeforeShouldBePlacedDecision() {
        super(JourneyEventType.MATCH_DECISION, EnumSet.of(JourneyEventType.SHOULD_BE_PLACED_DECISION), ADOPTION_PLAN);
    }
}
