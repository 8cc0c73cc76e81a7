package org.hearth.children;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated event of a child's journey, as it counts for the rules and the tracker stage.
 *
 * @param reason the reason adoption is no longer the plan; only that event carries one
 */
public record JourneyEvent(JourneyEventType type, LocalDate date, Optional<ReasonAdoptionNoLongerThePlan> reason) {

    public JourneyEvent {
        Objects.requireNonNull(type, "A journey event needs a type");
        Objects.requireNonNull(date, () -> type.label() + " needs a date");
        reason = reason == null ? Optional.empty() : reason;
        if (reason.isPresent() && !type.takesReason()) {
            throw new IllegalArgumentException(type.label() + " does not take a reason code; only \""
                    + JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN.label() + "\" does");
        }
    }

    public static JourneyEvent of(JourneyEventType type, LocalDate date) {
        return new JourneyEvent(type, date, Optional.empty());
    }

    public static JourneyEvent adoptionNoLongerThePlan(LocalDate date, ReasonAdoptionNoLongerThePlan reason) {
        Objects.requireNonNull(reason, "Adoption no longer the plan needs a reason (RD1 to RD4)");
        return new JourneyEvent(JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN, date, Optional.of(reason));
    }

    public boolean is(JourneyEventType wanted) {
        return type == wanted;
    }
}
