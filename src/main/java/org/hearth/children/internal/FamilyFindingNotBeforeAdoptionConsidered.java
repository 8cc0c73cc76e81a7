package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * Family finding cannot start before adoption was considered for the child: not before the first
 * of early monitoring, parallel planning, the child's permanence report or the should be placed for
 * adoption decision, when one of them is recorded. Family finding may start before the should be
 * placed for adoption decision: in early permanence the agency looks for fostering for adoption or
 * concurrent carers while it is still considering adoption (CA 1989 s22C(9A) and (9B)).
 */
public final class FamilyFindingNotBeforeAdoptionConsidered extends NotBeforeRule {

    public FamilyFindingNotBeforeAdoptionConsidered() {
        super(JourneyEventType.FAMILY_FINDING_STARTED,
                EnumSet.of(JourneyEventType.EARLY_MONITORING, JourneyEventType.PARALLEL_PLANNING,
                        JourneyEventType.CHILDS_PERMANENCE_REPORT, JourneyEventType.SHOULD_BE_PLACED_DECISION),
                WHOLE_JOURNEY);
    }
}
