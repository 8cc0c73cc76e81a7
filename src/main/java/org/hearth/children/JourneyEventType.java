package org.hearth.children;

/**
 * The dated events of a child's permanence journey, in the order they usually happen. Events on
 * the same day are put in this order.
 */
public enum JourneyEventType {
    ENTERED_CARE("Entered care", "entering care"),
    FOSTERED_BY_THE_ADOPTERS("Fostering placement with the carers who are adopting began",
            "the start of the fostering placement with the carers who are adopting"),
    EARLY_MONITORING("Adoption first considered (early monitoring)", "the start of early monitoring"),
    PARALLEL_PLANNING("Parallel planning", "the start of parallel planning"),
    CHILDS_PERMANENCE_REPORT("Child's permanence report completed", "the child's permanence report"),
    SHOULD_BE_PLACED_DECISION("Should be placed for adoption decision", "the should be placed for adoption decision"),
    PLACEMENT_ORDER("Placement order", "the placement order"),
    CONSENT_TO_PLACEMENT("Consent to placement (section 19)", "the consent to placement"),
    FAMILY_FINDING_STARTED("Family finding started", "the start of family finding"),
    LINKED("Linked", "the link"),
    MATCHING_PANEL("Matching panel", "the matching panel"),
    MATCH_DECISION("Match decision", "the match decision"),
    PLACED_FOR_ADOPTION("Placed for adoption (moved in)", "the placement for adoption"),
    EARLY_PERMANENCE_PLACEMENT("Fostering for adoption or concurrent placement started",
            "the fostering for adoption or concurrent placement"),
    ADOPTION_ORDER_APPLICATION("Adoption order application", "the adoption order application"),
    ADOPTION_ORDER("Adoption order", "the adoption order"),
    ADOPTION_NO_LONGER_THE_PLAN("Adoption no longer the plan", "the decision that adoption is no longer the plan"),
    DISRUPTION_BEFORE_ORDER("Disruption before the adoption order", "the disruption before the adoption order"),
    DISRUPTION_AFTER_ORDER("Disruption after the adoption order", "the disruption after the adoption order");

    private final String label;
    private final String inSentence;

    JourneyEventType(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    /**
     * The label shown on screens, for example "Should be placed for adoption decision".
     */
    public String label() {
        return label;
    }

    /**
     * The event as words inside a sentence, for example "the placement order".
     */
    public String inSentence() {
        return inSentence;
    }

    /**
     * The event as words at the start of a sentence, for example "The placement order".
     */
    public String atSentenceStart() {
        return Character.toUpperCase(inSentence.charAt(0)) + inSentence.substring(1);
    }

    /**
     * Whether the event gives the agency authority to place the child for adoption: a placement order
     * (court authority) or the parents' consent to placement under section 19.
     */
    public boolean givesAuthorityToPlace() {
        return this == PLACEMENT_ORDER || this == CONSENT_TO_PLACEMENT;
    }

    /**
     * Whether events of this type carry a reason code (RD1 to RD4).
     */
    public boolean takesReason() {
        return this == ADOPTION_NO_LONGER_THE_PLAN;
    }
}
