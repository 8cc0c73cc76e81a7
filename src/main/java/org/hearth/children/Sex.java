package org.hearth.children;

import java.util.Arrays;

/**
 * A child's sex with its statistical code: SSDA903 uses 1 and 2; the CIN census adds 0 (not
 * recorded, for example an unborn child) and 9 (indeterminate).
 */
public enum Sex {
    NOT_RECORDED("0", "Not recorded"),
    MALE("1", "Male"),
    FEMALE("2", "Female"),
    INDETERMINATE("9", "Indeterminate");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * @throws IllegalArgumentException naming the value when it is not 0, 1, 2 or 9
     */
    public static Sex of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A sex code cannot be blank");
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(candidate -> candidate.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + code + "\" is not a sex code: use 1 (male), 2 (female), 0 (not recorded) or 9 (indeterminate)"));
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
