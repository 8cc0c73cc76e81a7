package org.hearth.matching.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.hearth.matching.Language;
import org.hearth.matching.Religion;

/**
 * Reads the religion and languages that the children's and adopters' records hold as words (as a
 * social worker types them) into the categories matching compares. A word it does not recognise is
 * left out, never guessed: the profile page lists what was not recognised.
 */
public final class ProfileWords {

    private static final Map<String, String> LANGUAGE_CODES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
            if (!name.isBlank()) {
                LANGUAGE_CODES.putIfAbsent(name, code);
            }
        }
    }

    private ProfileWords() {
    }

    /**
     * The census religion named by the words: "No religion" or "None", Christian (also "Church of
     * England", "Catholic", "Anglican"), Buddhist, Hindu, Jewish, Muslim (also "Islam"), Sikh, or
     * another religion for any other faith named; empty when blank.
     */
    public static Optional<Religion> religion(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String text = words.strip().toLowerCase(Locale.ROOT);
        if (text.equals("none") || text.startsWith("no religion") || text.equals("no")) {
            return Optional.of(Religion.NO_RELIGION);
        }
        if (text.equals("not known") || text.equals("unknown")) {
            return Optional.of(Religion.NOT_KNOWN);
        }
        if (text.contains("christ") || text.contains("catholic") || text.contains("church") || text.contains("anglican")) {
            return Optional.of(Religion.CHRISTIAN);
        }
        if (text.contains("muslim") || text.contains("islam")) {
            return Optional.of(Religion.MUSLIM);
        }
        for (Religion religion : Religion.values()) {
            if (religion.isFaith() && text.contains(religion.words().toLowerCase(Locale.ROOT))) {
                return Optional.of(religion);
            }
        }
        return Optional.of(Religion.OTHER);
    }

    /** The languages named, in order: English names ("Polish") or ISO codes ("pl"), separated by commas, "and" or "/". */
    public static Set<Language> languages(String words) {
        Set<Language> languages = new LinkedHashSet<>();
        for (String name : names(words)) {
            language(name).ifPresent(languages::add);
        }
        return languages;
    }

    /** The names given that are not recognised as languages. */
    public static Set<String> unrecognisedLanguages(String words) {
        Set<String> unrecognised = new LinkedHashSet<>();
        for (String name : names(words)) {
            if (language(name).isEmpty()) {
                unrecognised.add(name);
            }
        }
        return unrecognised;
    }

    private static Optional<Language> language(String name) {
        String code = LANGUAGE_CODES.get(name);
        if (code != null) {
            return Optional.of(Language.of(code));
        }
        if (name.matches("[A-Za-z]{2,3}") && LANGUAGE_CODES.containsValue(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(Language.of(name));
        }
        return Optional.empty();
    }

    private static Set<String> names(String words) {
        Set<String> names = new LinkedHashSet<>();
        if (words == null || words.isBlank()) {
            return names;
        }
        for (String part : words.split(",|/|;|\\band\\b")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
