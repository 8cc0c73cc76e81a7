package org.hearth.matching;

import java.util.Objects;
import java.util.UUID;

/** The identity of a link between a child (or a sibling group) and a household. */
public record LinkId(UUID value) {

    public LinkId {
        Objects.requireNonNull(value, "A link id needs a value");
    }

    public static LinkId newId() {
        return new LinkId(UUID.randomUUID());
    }

    /** Reads an id from its text form, as in a URL. */
    public static LinkId of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A link id cannot be blank");
        }
        try {
            return new LinkId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new IllegalArgumentException("\"" + text + "\" is not a link id", notAUuid);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
