package org.hearth.matching;

import java.util.Objects;

/** The agency's matching settings: the weights and the distance policy. */
public record MatchingSettings(MatchingWeights weights, DistancePolicy distancePolicy) {

    public MatchingSettings {
        Objects.requireNonNull(weights, "Matching settings need weights");
        Objects.requireNonNull(distancePolicy, "Matching settings need a distance policy");
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(MatchingWeights.defaults(), DistancePolicy.AWAY_FROM_BIRTH_FAMILY_BOROUGH);
    }
}
