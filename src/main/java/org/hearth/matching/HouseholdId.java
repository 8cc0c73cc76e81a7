package org.hearth.matching;

import java.util.Objects;
import java.util.UUID;

/** The identity of an adoptive household as the adopters module knows it. */
public record HouseholdId(UUID value) implements Comparable<HouseholdId> {

    public HouseholdId {
        Objects.requireNonNull(value, "A household id needs a value");
    }

    public static HouseholdId of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A household id cannot be blank");
        }
        try {
            return new HouseholdId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new IllegalArgumentException("\"" + text + "\" is not a household id", notAUuid);
        }
    }

    /** Orders ids by their text form, the same order a reader sees and a database sorts. */
    @Override
    public int compareTo(HouseholdId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
