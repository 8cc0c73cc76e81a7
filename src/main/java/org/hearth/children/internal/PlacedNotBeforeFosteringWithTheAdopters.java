package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * When foster carers adopt the child they foster, the fostering placement comes first and becomes a
 * placement for adoption later: the placement for adoption cannot be before the fostering placement
 * with the carers who are adopting began. Compared within each attempt at a placement (a disruption
 * before the order starts a new one).
 */
public final class PlacedNotBeforeFosteringWithTheAdopters extends NotBeforeRule {

    public PlacedNotBeforeFosteringWithTheAdopters() {
        super(JourneyEventType.PLACED_FOR_ADOPTION, EnumSet.of(JourneyEventType.FOSTERED_BY_THE_ADOPTERS),
                PLACEMENT_ATTEMPT);
    }
}
