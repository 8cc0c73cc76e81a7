package org.hearth.children.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * "A later event cannot be before an earlier one": within each round of the journey (see
 * {@link JourneyEvents#rounds}), no event of the later type may be dated before the first event
 * of the earlier types. When the round has no event of the earlier types the rule has nothing to
 * compare with and holds.
 */
public abstract class NotBeforeRule implements JourneyRule {

    static final Set<JourneyEventType> WHOLE_JOURNEY = EnumSet.noneOf(JourneyEventType.class);
    static final Set<JourneyEventType> ADOPTION_PLAN =
            EnumSet.of(JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN);
    static final Set<JourneyEventType> PLACEMENT_ATTEMPT =
            EnumSet.of(JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN, JourneyEventType.DISRUPTION_BEFORE_ORDER);

    private final JourneyEventType later;
    private final Set<JourneyEventType> earlier;
    private final Set<JourneyEventType> roundClosers;

    protected NotBeforeRule(JourneyEventType later, Set<JourneyEventType> earlier, Set<JourneyEventType> roundClosers) {
        this.later = later;
        this.earlier = copyOf(earlier);
        this.roundClosers = copyOf(roundClosers);
    }

    static Set<JourneyEventType> copyOf(Set<JourneyEventType> types) {
        Set<JourneyEventType> copy = EnumSet.noneOf(JourneyEventType.class);
        copy.addAll(types);
        return copy;
    }

    @Override
    public final Optional<String> check(JourneyEvents events, Birth birth) {
        for (JourneyEvents round : events.rounds(roundClosers)) {
            Optional<JourneyEvent> firstEarlier = round.first(earlier);
            if (firstEarlier.isEmpty()) {
                continue;
            }
            Optional<JourneyEvent> tooEarly = round.first(later)
                    .filter(event -> event.date().isBefore(firstEarlier.get().date()));
            if (tooEarly.isPresent()) {
                return Optional.of(message(tooEarly.get(), firstEarlier.get()));
            }
        }
        return Optional.empty();
    }

    private static String message(JourneyEvent tooEarly, JourneyEvent firstEarlier) {
        return EventInWords.atSentenceStart(tooEarly) + " cannot be before " + EventInWords.inSentence(firstEarlier);
    }
}
