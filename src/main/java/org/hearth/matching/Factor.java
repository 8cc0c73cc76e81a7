package org.hearth.matching;

/** The soft factors that score a household for a child, in the order they are shown. */
public enum Factor {
    HERITAGE("Heritage"),
    RELIGION("Religion"),
    LANGUAGE("Language"),
    NEEDS_CAPACITY("Needs capacity"),
    EARLY_PERMANENCE("Early permanence"),
    CONTACT("Contact"),
    DISTANCE("Distance from the birth family");

    private final String label;

    Factor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
