package org.hearth.matching;

/**
 * Where a household comes from, seen from the agency that runs the search. The wiring decides it:
 * the searching agency's own households are in-house, the hub's other agencies' households are
 * other hub agency, and households entered by hand from agencies outside the hub are outside.
 */
public enum HouseholdOrigin {
    IN_HOUSE("in-house"),
    OTHER_HUB_AGENCY("another agency in the hub"),
    OUTSIDE_AGENCY("an agency outside the hub");

    private final String words;

    HouseholdOrigin(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
