package org.hearth.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why and when a link was closed.
 *
 * @param sharedWithHousehold words that can be shared with the household: they name nothing that
 *                            identifies the child
 * @param internalNote        for the agency's staff only, or {@code null}
 */
public record LinkClosure(LocalDate date, LinkCloseReason reason, String sharedWithHousehold, String internalNote,
        String closedBy, Instant closedAt) {

    public LinkClosure {
        Objects.requireNonNull(date, "Closing a link needs the date");
        Objects.requireNonNull(reason, "Closing a link needs a reason");
        if (sharedWithHousehold == null || sharedWithHousehold.isBlank()) {
            throw new LinkRuleBroken("shared", "Enter the reason that can be shared with the household");
        }
        sharedWithHousehold = sharedWithHousehold.strip();
        internalNote = internalNote == null || internalNote.isBlank() ? null : internalNote.strip();
    }
}
