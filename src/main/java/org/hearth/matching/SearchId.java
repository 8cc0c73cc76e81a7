package org.hearth.matching;

import java.util.Objects;
import java.util.UUID;

/** The identity of a family-finding search. */
public record SearchId(UUID value) {

    public SearchId {
        Objects.requireNonNull(value, "A search id needs a value");
    }

    public static SearchId newId() {
        return new SearchId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
