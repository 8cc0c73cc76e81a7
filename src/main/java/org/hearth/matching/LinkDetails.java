package org.hearth.matching;

import java.util.List;

/**
 * One link as the user may see it: the link, the children by name, the household as the access policy
 * allows, and what the user may do next.
 *
 * @param mayWork      whether the user may record steps and close the link (the searching agency's staff)
 * @param mayDecide    whether the user may record the match decision (the child's borough's decision maker)
 * @param openTooLong  whether the link has been open longer than the agency's setting
 */
public record LinkDetails(Link link, List<LinkedChild> children, String boroughName, HouseholdShown household,
        long daysOpen, boolean openTooLong, boolean mayWork, boolean mayDecide) {

    /** A child of the link, by name. */
    public record LinkedChild(org.hearth.children.ChildId id, String name) {
    }

    public String childNames() {
        return String.join(" and ", children.stream().map(LinkedChild::name).toList());
    }
}
