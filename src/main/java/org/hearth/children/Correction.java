package org.hearth.children;

import java.util.Objects;

/**
 * What makes an entry a correction: the entry it replaces, and why.
 *
 * @param corrects   the entry this one replaces
 * @param reason     why the earlier entry was wrong; always required
 * @param withdrawal true when the earlier entry was recorded in error and nothing replaces it
 */
public record Correction(JourneyEntryId corrects, String reason, boolean withdrawal) {

    public Correction {
        Objects.requireNonNull(corrects, "A correction needs the entry it corrects");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason for the correction");
        }
        reason = reason.strip();
    }

    public static Correction replacing(JourneyEntryId corrects, String reason) {
        return new Correction(corrects, reason, false);
    }

    public static Correction withdrawing(JourneyEntryId corrects, String reason) {
        return new Correction(corrects, reason, true);
    }
}
