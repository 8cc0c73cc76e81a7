package org.hearth.children;

import java.util.Objects;

/**
 * What life story due dates are computed with: the agency's settings and its working-day
 * calendar.
 */
public record LifeStoryTimescales(LifeStorySettings settings, WorkingDayCounter workingDays) {

    public LifeStoryTimescales {
        Objects.requireNonNull(settings, "Life story timescales need their settings");
        Objects.requireNonNull(workingDays, "Life story timescales need a working-day calendar");
    }
}
