package org.hearth.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * A manager's sign-off that an in-house search has not found a family and may be widened.
 *
 * @param who  the manager's user name or staff id
 * @param role which of the two sign-offs this is
 * @param when when they signed off
 */
public record SignOff(String who, SignOffRole role, Instant when) {

    public SignOff {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("A sign-off names who signed off");
        }
        Objects.requireNonNull(role, "A sign-off says whose sign-off it is");
        Objects.requireNonNull(when, "A sign-off says when it was given");
    }
}
