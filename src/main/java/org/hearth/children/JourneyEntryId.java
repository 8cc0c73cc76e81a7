package org.hearth.children;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one entry in a child's journey.
 */
public record JourneyEntryId(UUID value) {

    public JourneyEntryId {
        Objects.requireNonNull(value, "A journey entry id needs a value");
    }

    public static JourneyEntryId newId() {
        return new JourneyEntryId(UUID.randomUUID());
    }

    public static JourneyEntryId of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A journey entry id cannot be blank");
        }
        try {
            return new JourneyEntryId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new IllegalArgumentException("\"" + text + "\" is not a journey entry id", notAUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
