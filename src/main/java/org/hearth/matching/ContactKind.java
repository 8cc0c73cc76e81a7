package org.hearth.matching;

/** The kinds of contact with birth family a child's plan can ask a family to support. */
public enum ContactKind {
    LETTERBOX("letterbox contact"),
    DIRECT_WITH_SIBLINGS("direct contact with brothers or sisters living elsewhere"),
    DIRECT_WITH_BIRTH_PARENTS("direct contact with birth parents"),
    DIRECT_WITH_OTHER_BIRTH_RELATIVES("direct contact with other birth relatives");

    private final String words;

    ContactKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
