package org.hearth.children;

/**
 * The groups that the 20 ethnicity codes of SSDA903, the CIN census and Annex A fall into.
 *
 * <p>Analysts disagree on where CHNE (Chinese) belongs: ChAT-style groupings put it with "other",
 * some analyses with "Asian". Hearth follows the code list's own table and puts it with
 * {@link #CHINESE_OR_OTHER}.
 */
public enum EthnicGroup {
    WHITE("White"),
    MIXED("Mixed"),
    ASIAN("Asian"),
    BLACK("Black"),
    CHINESE_OR_OTHER("Chinese or other ethnic group"),
    NOT_KNOWN("Not known");

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
