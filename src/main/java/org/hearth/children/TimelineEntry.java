package org.hearth.children;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a child's journey timeline: an entry as recorded, and the later entry that
 * corrected or withdrew it, if any.
 */
public record TimelineEntry(JourneyEntry entry, Optional<JourneyEntry> correctedBy) {

    public TimelineEntry {
        Objects.requireNonNull(entry, "A timeline entry needs its journey entry");
        correctedBy = correctedBy == null ? Optional.empty() : correctedBy;
    }

    /**
     * Whether the entry counts: it has not been corrected or withdrawn, and is not itself a
     * withdrawal.
     */
    public boolean isEffective() {
        return correctedBy.isEmpty() && !entry.isWithdrawal();
    }

    /**
     * Whether a later entry replaced this one with a corrected event.
     */
    public boolean isCorrected() {
        return correctedBy.filter(later -> !later.isWithdrawal()).isPresent();
    }

    /**
     * Whether a later entry withdrew this one as recorded in error.
     */
    public boolean isWithdrawn() {
        return correctedBy.filter(JourneyEntry::isWithdrawal).isPresent();
    }
}
