package org.hearth.matching;

/** Where a household is on its way to adopting, as far as matching is concerned. */
public enum HouseholdStatus {
    /** Approved by the agency decision maker and waiting for a match. */
    APPROVED("approved"),
    /** In stage 2 assessment: seen by an in-house search as horizon scanning, never matched yet. */
    IN_STAGE_2("in stage 2 (horizon scanning)");

    private final String words;

    HouseholdStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
