package org.hearth.matching;

/** Religion, in the categories of the census in England. */
public enum Religion {
    NO_RELIGION("no religion"),
    CHRISTIAN("Christian"),
    BUDDHIST("Buddhist"),
    HINDU("Hindu"),
    JEWISH("Jewish"),
    MUSLIM("Muslim"),
    SIKH("Sikh"),
    OTHER("another religion"),
    NOT_KNOWN("not known");

    private final String words;

    Religion(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Whether a child's religion asks something of the family: a known faith. */
    public boolean isFaith() {
        return this != NO_RELIGION && this != NOT_KNOWN;
    }
}
