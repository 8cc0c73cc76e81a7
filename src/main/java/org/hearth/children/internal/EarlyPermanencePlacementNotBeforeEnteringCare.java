package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * A fostering for adoption or concurrent placement cannot be before the child entered care: it is a
 * placement of a looked-after child with approved adopters temporarily approved as foster carers
 * (CA 1989 s22C(9A) and (9B); CPPCR 2010 reg 25A). It may come before the should be placed for
 * adoption decision, the placement order and the match decision.
 */
public final class EarlyPermanencePlacementNotBeforeEnteringCare extends NotBeforeRule {

    public EarlyPermanencePlacementNotBeforeEnteringCare() {
        super(JourneyEventType.EARLY_PERMANENCE_PLACEMENT, EnumSet.of(JourneyEventType.ENTERED_CARE), WHOLE_JOURNEY);
    }
}
