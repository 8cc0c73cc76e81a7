package org.hearth.children;

/**
 * The characteristics that make a child harder to place for adoption, as the agency's
 * timeliness analysis groups children.
 */
public enum HarderToPlaceCharacteristic {
    AGED_FIVE_OR_OVER("Aged 5 or over at the should be placed for adoption decision"),
    MINORITY_ETHNIC("From a minority ethnic background"),
    SIBLING_GROUP("In a sibling group to be placed together"),
    DISABLED("Disabled");

    private final String label;

    HarderToPlaceCharacteristic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
