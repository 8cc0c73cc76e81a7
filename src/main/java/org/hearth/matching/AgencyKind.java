package org.hearth.matching;

/** Which inter-agency fee an agency charges. */
public enum AgencyKind {
    /** A local authority or a regional adoption agency: the statutory fee between them. */
    LOCAL_AUTHORITY_OR_RAA("a local authority or regional adoption agency"),
    /** A voluntary adoption agency: the voluntary agencies' rate. */
    VOLUNTARY_ADOPTION_AGENCY("a voluntary adoption agency");

    private final String words;

    AgencyKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
