package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The placement for adoption cannot be before the match decision (SSDA903 validation rule 331:
 * match date on or before date placed). A disruption before the order starts a new round, so a
 * new placement is compared with the new match.
 */
public final class PlacedNotBeforeMatchDecision extends NotBeforeRule {

    public PlacedNotBeforeMatchDecision() {
        super(JourneyEventType.PLACED_FOR_ADOPTION, EnumSet.of(JourneyEventType.MATCH_DECISION), PLACEMENT_ATTEMPT);
    }
}
