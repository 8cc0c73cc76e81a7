package org.hearth.matching;

/**
 * How much a need asks of a family: for a child the level of the need, for a household the
 * highest level it is approved and prepared to meet. Ordered from low to high.
 */
public enum NeedLevel {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String words;

    NeedLevel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean isAbove(NeedLevel other) {
        return compareTo(other) > 0;
    }
}
