package org.hearth.matching;

/**
 * Why a hard rule excludes a household, in two wordings.
 *
 * @param rule            the rule's name, for example "Age outside the approval range"
 * @param forSocialWorker the reason as the family-finding social worker reads it: it may name the
 *                        child's ages, sexes and levels of need
 * @param forHousehold    the reason that can be shared with the household: nothing in it identifies
 *                        the child
 */
public record Exclusion(String rule, String forSocialWorker, String forHousehold) {

    public Exclusion {
        if (rule == null || rule.isBlank() || forSocialWorker == null || forSocialWorker.isBlank()
                || forHousehold == null || forHousehold.isBlank()) {
            throw new IllegalArgumentException("An exclusion names its rule and gives both reasons");
        }
    }
}
