package org.hearth.children;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a child's record. Other modules refer to a child by this id only.
 */
public record ChildId(UUID value) {

    public ChildId {
        Objects.requireNonNull(value, "A child id needs a value");
    }

    public static ChildId newId() {
        return new ChildId(UUID.randomUUID());
    }

    /**
     * Reads an id from its text form, as stored or shown in a URL.
     */
    public static ChildId of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A child id cannot be blank");
        }
        try {
            return new ChildId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new IllegalArgumentException("\"" + text + "\" is not a child id", notAUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
