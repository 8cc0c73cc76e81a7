package org.hearth.children;

/**
 * The journey's settings.
 *
 * @param weeksLivingWithAdoptersBeforeApplication how long a child placed by an adoption agency
 *        must have had their home with the applicants before they apply for an adoption order:
 *        10 weeks (ACA 2002 s42(2))
 */
public record JourneySettings(int weeksLivingWithAdoptersBeforeApplication) {

    public JourneySettings {
        if (weeksLivingWithAdoptersBeforeApplication < 0) {
            throw new IllegalArgumentException(
                    "The weeks a child lives with the adopters before an application cannot be negative");
        }
    }

    public static JourneySettings defaults() {
        return new JourneySettings(10);
    }
}
