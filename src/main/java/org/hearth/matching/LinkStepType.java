package org.hearth.matching;

/**
 * The dated steps of a link, in the order they happen: shortlisted, visits, linked, child appreciation
 * day, proposed match, matching panel, match decision, introductions, placed.
 */
public enum LinkStepType {
    SHORTLISTED("Shortlisted", "the shortlisting"),
    VISIT("Visit", "the visit"),
    LINKED("Linked", "the link"),
    CHILD_APPRECIATION_DAY("Child appreciation day", "the child appreciation day"),
    PROPOSED_MATCH("Proposed match", "the proposed match"),
    MATCHING_PANEL("Matching panel", "the matching panel"),
    MATCH_DECISION("Match decision", "the match decision"),
    INTRODUCTIONS("Introductions started", "the start of introductions"),
    PLACED("Placed for adoption (moved in)", "the placement");

    private final String label;
    private final String inSentence;

    LinkStepType(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    public String label() {
        return label;
    }

    /** The step as words inside a sentence, for example "the matching panel". */
    public String inSentence() {
        return inSentence;
    }

    /** The step as words at the start of a sentence, for example "The matching panel". */
    public String atSentenceStart() {
        return Character.toUpperCase(inSentence.charAt(0)) + inSentence.substring(1);
    }
}
