package org.hearth.children;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that moves on by a second each time it is read, so entries recorded one after another
 * have different times without waiting.
 */
final class AdvancingClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    AdvancingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new AdvancingClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        Instant read = now;
        now = now.plus(Duration.ofSeconds(1));
        return read;
    }
}
