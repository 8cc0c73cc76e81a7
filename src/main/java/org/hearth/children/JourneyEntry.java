package org.hearth.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry in a child's journey as it was recorded: an event, or a correction of an earlier
 * entry. Entries are never changed or deleted; a wrong entry is corrected by a new one.
 *
 * <p>A withdrawal (a {@link Correction} with {@code withdrawal} true) keeps the type and date of
 * the entry it withdraws, so that the timeline shows it next to that entry; it is never an event
 * itself.
 *
 * @param reason     RD1 to RD4, for "adoption no longer the plan" only
 * @param note       free text, never blank when present
 * @param correction present when this entry replaces or withdraws an earlier one
 */
public record JourneyEntry(
        JourneyEntryId id,
        JourneyEventType type,
        LocalDate date,
        Optional<ReasonAdoptionNoLongerThePlan> reason,
        Optional<String> note,
        Instant recordedAt,
        String recordedBy,
        Optional<Correction> correction) {

    public JourneyEntry {
        Objects.requireNonNull(id, "A journey entry needs an id");
        Objects.requireNonNull(type, "A journey entry needs an event type");
        Objects.requireNonNull(date, () -> type.label() + " needs a date");
        Objects.requireNonNull(recordedAt, "A journey entry needs the time it was recorded");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("A journey entry needs the person who recorded it");
        }
        reason = reason == null ? Optional.empty() : reason;
        note = note == null ? Optional.empty() : note.map(String::strip).filter(text -> !text.isEmpty());
        correction = correction == null ? Optional.empty() : correction;
        if (reason.isPresent() && !type.takesReason()) {
            throw new IllegalArgumentException(type.label() + " does not take a reason code; only \""
                    + JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN.label() + "\" does");
        }
        if (correction.isPresent() && correction.get().corrects().equals(id)) {
            throw new IllegalArgumentException("A journey entry cannot correct itself");
        }
    }

    /**
     * The event this entry records (for a withdrawal: the event it withdraws).
     */
    public JourneyEvent event() {
        return new JourneyEvent(type, date, reason);
    }

    public Optional<JourneyEntryId> corrects() {
        return correction.map(Correction::corrects);
    }

    public Optional<String> correctionReason() {
        return correction.map(Correction::reason);
    }

    public boolean isCorrection() {
        return correction.isPresent();
    }

    public boolean isWithdrawal() {
        return correction.map(Correction::withdrawal).orElse(false);
    }
}
