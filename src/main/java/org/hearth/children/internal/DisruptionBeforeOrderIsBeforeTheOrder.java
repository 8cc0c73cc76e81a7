package org.hearth.children.internal;

import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * A disruption before the adoption order must be dated before the order. A disruption on the day
 * of the order or later is a disruption after the order.
 */
public final class DisruptionBeforeOrderIsBeforeTheOrder implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        Optional<JourneyEvent> order = events.first(JourneyEventType.ADOPTION_ORDER);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        return events.firstMatching(event -> event.is(JourneyEventType.DISRUPTION_BEFORE_ORDER)
                        && !event.date().isBefore(order.get().date()))
                .map(disruption -> EventInWords.atSentenceStart(disruption) + " must be before "
                        + EventInWords.inSentence(order.get()) + ": record a disruption after the adoption order instead");
    }
}
