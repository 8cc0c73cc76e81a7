package org.hearth.children;

/**
 * The stages of the permanence tracker, as the annual report counts children, in the order a
 * child moves through them. A stage is always derived from the journey's events
 * ({@link TrackerStagePolicy}), never stored on its own.
 */
public enum TrackerStage {
    UNBORN_BABY("Unborn baby"),
    EARLY_MONITOR("Early monitor"),
    PARALLEL_PLANNING("Parallel planning"),
    ADM("ADM"),
    FAMILY_FINDING("Family finding"),
    PROGRESS_TO_MATCH("Progress to match"),
    MATCHED_PLACED("Matched/placed"),
    ADOPTED("Adopted"),
    ADOPTION_NO_LONGER_THE_PLAN("Adoption no longer the plan");

    private final String label;

    TrackerStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
