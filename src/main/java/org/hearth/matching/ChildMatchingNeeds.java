package org.hearth.matching;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the family finder records about a child for matching, from the child's permanence report:
 * the level of need in each area, the contact the plan asks the family to support, and where the
 * birth family lives when it is not the responsible borough.
 *
 * @param needs              the level of each need the child has; an area not named is no need
 * @param contactPlan        the contact the plan asks the family to support
 * @param birthFamilyBorough the birth family's borough, or {@code null} for the child's own borough
 * @param recordedBy         who recorded it, or {@code null} when never recorded
 * @param recordedAt         when, or {@code null} when never recorded
 */
public record ChildMatchingNeeds(Map<NeedArea, NeedLevel> needs, Set<ContactKind> contactPlan,
        BoroughCode birthFamilyBorough, String recordedBy, Instant recordedAt) {

    public ChildMatchingNeeds {
        needs = needs == null || needs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(needs));
        contactPlan = contactPlan == null || contactPlan.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(contactPlan));
    }

    /** Nothing recorded yet: no needs, no contact, the birth family in the child's borough. */
    public static ChildMatchingNeeds notRecorded() {
        return new ChildMatchingNeeds(Map.of(), Set.of(), null, null, null);
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }
}
