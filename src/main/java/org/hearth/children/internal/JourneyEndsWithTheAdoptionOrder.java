package org.hearth.children.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * The adoption order ends the permanence journey: apart from a disruption after the order, no
 * event can be dated after it. Events that have their own rule against the order (the
 * application, the placement for adoption, a disruption before the order, a second order) are
 * left to that rule, so one mistake gives one message.
 */
public final class JourneyEndsWithTheAdoptionOrder implements JourneyRule {

    private static final Set<JourneyEventType> CHECKED_ELSEWHERE = EnumSet.of(
            JourneyEventType.DISRUPTION_AFTER_ORDER,
            JourneyEventType.ADOPTION_ORDER_APPLICATION,
            JourneyEventType.PLACED_FOR_ADOPTION,
            JourneyEventType.DISRUPTION_BEFORE_ORDER,
            JourneyEventType.ADOPTION_ORDER);

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        Optional<JourneyEvent> order = events.first(JourneyEventType.ADOPTION_ORDER);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        return events.firstMatching(event -> event.date().isAfter(order.get().date())
                        && !CHECKED_ELSEWHERE.contains(event.type()))
                .map(after -> EventInWords.atSentenceStart(after) + " cannot be after "
                        + EventInWords.inSentence(order.get()) + ": the adoption order ends the journey");
    }
}
