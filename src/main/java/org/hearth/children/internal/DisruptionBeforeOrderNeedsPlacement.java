package org.hearth.children.internal;

import java.util.EnumSet;
import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * A disruption before the adoption order ends a placement, so it needs one before it in the same
 * placement attempt: a placement for adoption, or a fostering for adoption or concurrent
 * placement (their breakdown is a disruption of the plan for adoption too). Only an earlier
 * disruption starts a new attempt here: a placement can still disrupt after a decision that
 * adoption is no longer the plan.
 */
public final class DisruptionBeforeOrderNeedsPlacement implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        for (JourneyEvents attempt : events.rounds(EnumSet.of(JourneyEventType.DISRUPTION_BEFORE_ORDER))) {
            Optional<JourneyEvent> disruption = attempt.first(JourneyEventType.DISRUPTION_BEFORE_ORDER);
            if (disruption.isEmpty()
                    || attempt.contains(JourneyEventType.PLACED_FOR_ADOPTION)
                    || attempt.contains(JourneyEventType.EARLY_PERMANENCE_PLACEMENT)) {
                continue;
            }
            Optional<JourneyEvent> laterPlacement = events.firstMatching(event -> (event.is(JourneyEventType.PLACED_FOR_ADOPTION)
                    || event.is(JourneyEventType.EARLY_PERMANENCE_PLACEMENT))
                    && event.date().isAfter(disruption.get().date()));
            return Optional.of(laterPlacement
                    .map(placement -> EventInWords.atSentenceStart(disruption.get()) + " cannot be before "
                            + EventInWords.inSentence(placement))
                    .orElseGet(() -> EventInWords.atSentenceStart(disruption.get())
                            + " needs a placement for adoption, or a fostering for adoption or concurrent placement, before it"));
        }
        return Optional.empty();
    }
}
