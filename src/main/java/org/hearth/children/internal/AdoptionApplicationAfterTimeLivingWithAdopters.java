package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.hearth.children.Birth;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * An application for an adoption order cannot be made until the child has had their home with the
 * applicants for the minimum time: for a child placed by an adoption agency, 10 weeks immediately
 * before the application (ACA 2002 s42(2)). The weeks are a setting.
 *
 * <p>The child's home with the applicants starts at the first placement in the current placement
 * attempt: the placement for adoption, or an earlier fostering for adoption or concurrent
 * placement, whose carers are the prospective adopters. A disruption before the order, or a
 * decision that adoption is no longer the plan, starts a new attempt. An application with no such
 * placement before it is refused: in an agency journey the application follows a placement.
 */
public final class AdoptionApplicationAfterTimeLivingWithAdopters implements JourneyRule {

    private final int weeks;

    public AdoptionApplicationAfterTimeLivingWithAdopters(int weeks) {
        this.weeks = weeks;
    }

    @Override
    public Optional<String> check(JourneyEvents events, Birth birth) {
        for (JourneyEvents attempt : events.rounds(NotBeforeRule.PLACEMENT_ATTEMPT)) {
            Optional<JourneyEvent> application = attempt.first(JourneyEventType.ADOPTION_ORDER_APPLICATION);
            if (application.isEmpty()) {
                continue;
            }
            Optional<JourneyEvent> homeStarted = attempt.first(
                    JourneyEventType.PLACED_FOR_ADOPTION, JourneyEventType.EARLY_PERMANENCE_PLACEMENT);
            if (homeStarted.isEmpty()) {
                return Optional.of(EventInWords.atSentenceStart(application.get())
                        + " needs the child to be placed for adoption first");
            }
            LocalDate earliest = homeStarted.get().date().plusWeeks(weeks);
            if (application.get().date().isBefore(earliest)) {
                return Optional.of(EventInWords.atSentenceStart(application.get())
                        + " cannot be before the child has lived with the adopters for " + weeks + " weeks since "
                        + EventInWords.inSentence(homeStarted.get()) + ": the earliest date is "
                        + DisplayDate.of(earliest));
            }
        }
        return Optional.empty();
    }
}
