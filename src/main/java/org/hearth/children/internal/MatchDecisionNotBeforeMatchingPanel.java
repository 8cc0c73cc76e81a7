package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The match decision cannot be before the matching panel, when there is one: the agency decision
 * maker decides on the match taking the panel's recommendation into account (AAR 2005 reg 33).
 * Compared within the current placement attempt.
 */
public final class MatchDecisionNotBeforeMatchingPanel extends NotBeforeRule {

    public MatchDecisionNotBeforeMatchingPanel() {
        super(JourneyEventType.MATCH_DECISION, EnumSet.of(JourneyEventType.MATCHING_PANEL), PLACEMENT_ATTEMPT);
    }
}
