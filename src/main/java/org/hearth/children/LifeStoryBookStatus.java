package org.hearth.children;

/**
 * How far the child's life story book has got.
 */
public enum LifeStoryBookStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    FIRST_STAGE_GIVEN("First stage given"),
    COMPLETED("Completed");

    private final String label;

    LifeStoryBookStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
