package org.hearth.matching;

/** Who expressed the interest that made a shortlisted household a link. */
public enum InterestFrom {
    FAMILY_FINDER("the family finder"),
    HOUSEHOLD("the household");

    private final String words;

    InterestFrom(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
