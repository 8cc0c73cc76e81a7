package org.hearth.matching;

/** Why a link was closed before the child moved in. */
public enum LinkCloseReason {
    HOUSEHOLD_WITHDREW("The household withdrew"),
    NEEDS_NOT_MET("The household could not meet the child's needs"),
    ANOTHER_HOUSEHOLD_CHOSEN("Another household was chosen for the child"),
    CHILDS_PLAN_CHANGED("The child's plan changed"),
    HOUSEHOLD_NOT_AVAILABLE("The household is no longer available"),
    PANEL_DID_NOT_RECOMMEND("The matching panel did not recommend the match"),
    MATCH_NOT_AGREED("The match was not agreed"),
    OTHER("Another reason");

    private final String label;

    LinkCloseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
