package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The matching panel cannot be before the link: the panel considers a proposed placement with the
 * linked prospective adopters (AAR 2005 regs 31 and 32). Compared within the current placement
 * attempt.
 */
public final class MatchingPanelNotBeforeLink extends NotBeforeRule {

    public MatchingPanelNotBeforeLink() {
        super(JourneyEventType.MATCHING_PANEL, EnumSet.of(JourneyEventType.LINKED), PLACEMENT_ATTEMPT);
    }
}
