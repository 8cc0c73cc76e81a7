package org.hearth.matching;

/** Whether a placement was with the agency's own household or another agency's. */
public enum PlacementKind {
    IN_HOUSE("in-house"),
    INTER_AGENCY("inter-agency");

    private final String words;

    PlacementKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
