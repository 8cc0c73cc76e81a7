package org.hearth.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/** A language as its ISO 639 code, for example {@code en}, {@code pl} or {@code bn}. */
public record Language(String code) {

    private static final Pattern FORMAT = Pattern.compile("[a-z]{2,3}");

    public static final Language ENGLISH = new Language("en");

    public Language {
        if (code == null || !FORMAT.matcher(code.strip().toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("Enter a language as its ISO 639 code of 2 or 3 letters, for example en or pl");
        }
        code = code.strip().toLowerCase(Locale.ROOT);
    }

    public static Language of(String code) {
        return new Language(code);
    }

    /** The language's English name where Java knows it, else its code. */
    public String words() {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    @Override
    public String toString() {
        return code;
    }
}
