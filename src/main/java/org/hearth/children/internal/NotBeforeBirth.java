package org.hearth.children.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * Events that need a born child cannot be before the date of birth, and cannot be recorded at all
 * while the child is not yet born. Planning can start before birth: early monitoring, parallel
 * planning, the child's permanence report and a decision that adoption is no longer the plan may
 * be dated before the birth. Everything else needs a child: a child is looked after, decided on,
 * placed or adopted only once born (and consent to placement cannot be given in the child's first
 * six weeks, ACA 2002 s52(3)).
 */
public final class NotBeforeBirth implements JourneyRule {

    static final Set<JourneyEventType> ALLOWED_BEFORE_BIRTH = EnumSet.of(
            JourneyEventType.EARLY_MONITORING,
            JourneyEventType.PARALLEL_PLANNING,
            JourneyEventType.CHILDS_PERMANENCE_REPORT,
            JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN);

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        Optional<JourneyEvent> needsBirth = events.firstMatching(event -> !ALLOWED_BEFORE_BIRTH.contains(event.type())
                && (!birth.born() || event.date().isBefore(birth.date())));
        return needsBirth.map(event -> birth.born()
                ? EventInWords.atSentenceStart(event) + " cannot be before the child's date of birth ("
                        + DisplayDate.of(birth.date()) + ")"
                : EventInWords.atSentenceStart(event) + " cannot be recorded before the child is born (expected "
                        + DisplayDate.of(birth.date()) + ")");
    }
}
