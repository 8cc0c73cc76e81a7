package org.hearth.matching;

/**
 * The decision of the agency decision maker of the child's local authority on a match the panel
 * recommended. A match not agreed closes the link.
 */
public enum MatchDecision {
    AGREED("The match is agreed"),
    NOT_AGREED("The match is not agreed");

    private final String words;

    MatchDecision(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
