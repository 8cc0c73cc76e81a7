package org.hearth.matching;

/** Where a link stands, as it follows from its steps. Never stored. */
public enum LinkStatus {
    OPEN("Open"),
    HELD_AT_PANEL("Held: the matching panel did not recommend the match"),
    CLOSED("Closed"),
    PLACED("Placed");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open or held: the link is still being worked on. */
    public boolean isOpen() {
        return this == OPEN || this == HELD_AT_PANEL;
    }
}
