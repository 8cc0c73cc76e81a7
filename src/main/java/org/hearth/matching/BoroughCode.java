package org.hearth.matching;

import java.util.regex.Pattern;

/**
 * A local authority's ONS code, such as E09000016 for Havering: where a birth family lives and
 * where a household lives.
 */
public record BoroughCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[EW]\\d{8}");

    public BoroughCode {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("Enter an ONS code like E09000016: a capital E or W and 8 digits");
        }
        value = value.strip();
    }

    public static BoroughCode of(String value) {
        return new BoroughCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
