package org.hearth.children;

/**
 * The characteristics that make a child harder to place for adoption, as the agency's
 * timeliness analysis groups children.
 */
public enum HarderToPlaceCharacteristic {
    AGED_FIVE_OR_OVER("Aged 5 or over at the should be placed for adoption decision", "Aged 5+"),
    MINORITY_ETHNIC("From a minority ethnic background", "Minority ethnic"),
    SIBLING_GROUP("In a sibling group to be placed together", "Sibling group"),
    DISABLED("Disabled", "Disabled");

    private final String label;

    private final String shortLabel;

    HarderToPlaceCharacteristic(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** The label for a table cell, for example "Aged 5+". */
    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }
}
