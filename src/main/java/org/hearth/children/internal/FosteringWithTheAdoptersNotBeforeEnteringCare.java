package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * A child adopted by their foster carers was fostered by them as a looked-after child: the fostering
 * placement cannot have begun before the child entered care.
 */
public final class FosteringWithTheAdoptersNotBeforeEnteringCare extends NotBeforeRule {

    public FosteringWithTheAdoptersNotBeforeEnteringCare() {
        super(JourneyEventType.FOSTERED_BY_THE_ADOPTERS, EnumSet.of(JourneyEventType.ENTERED_CARE), WHOLE_JOURNEY);
    }
}
