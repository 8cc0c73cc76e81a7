package org.hearth.children.internal;

import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * A disruption after the adoption order needs the order, and cannot be before it. (On the day of
 * the order counts as after it.)
 */
public final class DisruptionAfterOrderFollowsTheOrder implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        Optional<JourneyEvent> disruption = events.first(JourneyEventType.DISRUPTION_AFTER_ORDER);
        if (disruption.isEmpty()) {
            return Optional.empty();
        }
        Optional<JourneyEvent> order = events.first(JourneyEventType.ADOPTION_ORDER);
        if (order.isEmpty()) {
            return Optional.of(EventInWords.atSentenceStart(disruption.get())
                    + " needs an adoption order, and none is recorded");
        }
        if (disruption.get().date().isBefore(order.get().date())) {
            return Optional.of(EventInWords.atSentenceStart(disruption.get()) + " cannot be before "
                    + EventInWords.inSentence(order.get()));
        }
        return Optional.empty();
    }
}
