package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.hearth.children.Birth;

/**
 * No event can be dated after today: the journey records what has happened. Planned dates
 * (a hearing listed for next month) belong elsewhere.
 */
public final class NoDateInTheFuture implements JourneyRule {

    private final LocalDate today;

    public NoDateInTheFuture(LocalDate today) {
        this.today = Objects.requireNonNull(today, "The rule needs today's date");
    }

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        return events.firstMatching(event -> event.date().isAfter(today))
                .map(future -> EventInWords.atSentenceStart(future) + " cannot be in the future: today is "
                        + DisplayDate.of(today));
    }
}
