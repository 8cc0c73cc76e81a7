package org.hearth.children;

import java.util.Arrays;

/**
 * The disability codes of the CIN census. {@link #NONE} says the child has no disability; every
 * other code names one.
 */
public enum DisabilityCode {
    NONE("No disability"),
    MOB("Mobility"),
    HAND("Hand function"),
    PC("Personal care"),
    INC("Incontinence"),
    COMM("Communication"),
    LD("Learning"),
    HEAR("Hearing"),
    VIS("Vision"),
    BEH("Behaviour"),
    CON("Consciousness"),
    AUT("Autism or Asperger syndrome"),
    DDA("Other disability");

    private final String label;

    DisabilityCode(String label) {
        this.label = label;
    }

    /**
     * Reads a code as it appears in a return or an import file, ignoring case and surrounding
     * spaces.
     *
     * @throws IllegalArgumentException naming the value when it is not a CIN disability code
     */
    public static DisabilityCode of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A disability code cannot be blank");
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + code + "\" is not a disability code: use NONE or one of the CIN codes, for example MOB or LD"));
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public boolean isDisability() {
        return this != NONE;
    }
}
