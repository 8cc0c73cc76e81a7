package org.hearth.children;

import java.util.Objects;

/**
 * A new entry was recorded in a child's journey: an event, a correction or a withdrawal. Other
 * modules (reporting, audit) react to it; they refer to the child by id only.
 */
public record JourneyEntryRecorded(ChildId child, JourneyEntry entry) {

    public JourneyEntryRecorded {
        Objects.requireNonNull(child, "The event needs the child");
        Objects.requireNonNull(entry, "The event needs the entry");
    }
}
