package org.hearth.children.internal;

import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEventType;

/**
 * A decision that adoption is no longer the plan needs its reason, RD1 to RD4 (SSDA903
 * REASON_PLACED_CEASED; Annex A List 10).
 */
public final class NoLongerThePlanNeedsReason implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        return events.firstMatching(event -> event.is(JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN)
                        && event.reason().isEmpty())
                .map(event -> EventInWords.atSentenceStart(event)
                        + " needs a reason: RD1, RD2, RD3 or RD4");
    }
}
