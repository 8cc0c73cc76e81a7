package org.hearth.children.internal;

import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * The adoption order ends the permanence journey: apart from a disruption after the order, no
 * event can be dated after it.
 */
public final class JourneyEndsWithTheAdoptionOrder implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        Optional<JourneyEvent> order = events.first(JourneyEventType.ADOPTION_ORDER);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        return events.firstMatching(event -> event.date().isAfter(order.get().date())
                        && !event.is(JourneyEventType.DISRUPTION_AFTER_ORDER))
                .map(after -> EventInWords.atSentenceStart(after) + " cannot be after "
                        + EventInWords.inSentence(order.get()) + ": the adoption order ends the journey");
    }
}
