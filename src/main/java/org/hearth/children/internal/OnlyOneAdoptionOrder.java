package org.hearth.children.internal;

import java.util.List;
import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * A child is adopted once: a second adoption order is refused. A wrong date is put right by
 * correcting the entry.
 */
public final class OnlyOneAdoptionOrder implements JourneyRule {

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        List<JourneyEvent> orders = events.all().stream().filter(event -> event.is(JourneyEventType.ADOPTION_ORDER)).toList();
        if (orders.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("There is already " + EventInWords.inSentence(orders.get(0)) + ": "
                + EventInWords.inSentence(orders.get(1)) + " cannot be recorded as well; correct the entry instead");
    }
}
