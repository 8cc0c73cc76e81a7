package org.hearth.matching;

/** The two managers who sign off widening a search to other agencies. */
public enum SignOffRole {
    FAMILY_FINDING_TEAM_MANAGER("the family-finding team manager"),
    CHILDS_SOCIAL_WORK_TEAM_MANAGER("the child's social work team manager");

    private final String words;

    SignOffRole(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
