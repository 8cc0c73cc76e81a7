package org.hearth.matching;

/** Which households a family-finding search looks at. */
public enum SearchScope {
    /**
     * The searching agency's own households: approved, and in stage 2 as horizon scanning. Every
     * search starts here.
     */
    IN_HOUSE("in-house approved households, and households in stage 2 (horizon scanning)"),
    /**
     * After both sign-offs: also the approved households of the hub's other agencies and of outside
     * agencies entered by hand.
     */
    OTHER_AGENCIES("in-house households (approved and stage 2), and approved households of the hub's other agencies and of outside agencies");

    private final String words;

    SearchScope(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * Whether a household is in this scope. Another agency's household in stage 2 is in no scope: it
     * is not that agency's to offer until approved.
     */
    public boolean includes(HouseholdProfile household) {
        if (household.origin() == HouseholdOrigin.IN_HOUSE) {
            return true;
        }
        return this == OTHER_AGENCIES && household.status() == HouseholdStatus.APPROVED;
    }
}
