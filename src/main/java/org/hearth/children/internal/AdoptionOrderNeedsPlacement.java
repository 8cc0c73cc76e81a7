package org.hearth.children.internal;

import java.util.List;
import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * An adopted child must have been placed for adoption (SSDA903 validation rule 390: an adopted
 * child must have had an A3 to A6 placement), and the placement cannot be after the order. The
 * placement must be in the same placement attempt as the order: one that ended with a disruption
 * before the order, or before a decision that adoption is no longer the plan, does not count.
 */
public final class AdoptionOrderNeedsPlacement implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        List<JourneyEvents> attempts = events.rounds(NotBeforeRule.PLACEMENT_ATTEMPT);
        for (int index = 0; index < attempts.size(); index++) {
            JourneyEvents attempt = attempts.get(index);
            Optional<JourneyEvent> order = attempt.first(JourneyEventType.ADOPTION_ORDER);
            if (order.isEmpty()) {
                continue;
            }
            Optional<JourneyEvent> placement = attempt.first(JourneyEventType.PLACED_FOR_ADOPTION);
            if (placement.isPresent() && placement.get().date().isAfter(order.get().date())) {
                return Optional.of(EventInWords.atSentenceStart(order.get()) + " cannot be before "
                        + EventInWords.inSentence(placement.get()));
            }
            if (placement.isEmpty()) {
                String since = index == 0 ? ""
                        : " since " + EventInWords.inSentence(attempts.get(index - 1).all()
                                .get(attempts.get(index - 1).all().size() - 1));
                return Optional.of(EventInWords.atSentenceStart(order.get())
                        + " needs the child to have been placed for adoption before it, and no placement for adoption is recorded"
                        + since);
            }
        }
        return Optional.empty();
    }
}
