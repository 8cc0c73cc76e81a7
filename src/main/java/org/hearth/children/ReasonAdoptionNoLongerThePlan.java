package org.hearth.children;

import java.util.Arrays;

/**
 * Why a child should no longer be placed for adoption: the SSDA903 REASON_PLACED_CEASED codes
 * (also used in Annex A List 10).
 */
public enum ReasonAdoptionNoLongerThePlan {
    RD1("The child's needs changed after the decision"),
    RD2("The court did not make a placement order"),
    RD3("Prospective adopters could not be found"),
    RD4("Any other reason");

    private final String label;

    ReasonAdoptionNoLongerThePlan(String label) {
        this.label = label;
    }

    /**
     * @throws IllegalArgumentException naming the value when it is not RD1 to RD4
     */
    public static ReasonAdoptionNoLongerThePlan of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A reason code cannot be blank");
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + code + "\" is not a reason adoption is no longer the plan: use RD1, RD2, RD3 or RD4"));
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }
}
