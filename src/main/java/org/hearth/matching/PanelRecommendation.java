package org.hearth.matching;

/**
 * What the matching panel recommended. Anything but a recommendation holds the link at the panel:
 * it goes no further until a later panel recommends the match, or it is closed.
 */
public enum PanelRecommendation {
    RECOMMENDED("The match is recommended"),
    NOT_RECOMMENDED("The match is not recommended"),
    DEFERRED("Deferred to a later panel");

    private final String words;

    PanelRecommendation(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
