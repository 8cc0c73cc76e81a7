package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The link cannot be before the start of family finding, when family finding has been recorded in
 * the current placement attempt (Hearth's reading: a link is the result of family finding).
 */
public final class LinkNotBeforeFamilyFindingStarted extends NotBeforeRule {

    public LinkNotBeforeFamilyFindingStarted() {
        super(JourneyEventType.LINKED, EnumSet.of(JourneyEventType.FAMILY_FINDING_STARTED), PLACEMENT_ATTEMPT);
    }
}
