package org.hearth.children;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The disability codes recorded for a child. An empty set means nothing has been recorded yet;
 * {@link DisabilityCode#NONE} means the child has no disability and cannot be combined with
 * another code.
 */
public record Disabilities(Set<DisabilityCode> codes) {

    public Disabilities {
        if (codes == null) {
            throw new IllegalArgumentException("Disabilities need a set of codes (empty when not recorded)");
        }
        if (codes.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A disability code cannot be empty");
        }
        codes = codes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(codes));
        if (codes.contains(DisabilityCode.NONE) && codes.size() > 1) {
            throw new IllegalArgumentException("\"No disability\" (NONE) cannot be recorded together with a disability");
        }
    }

    public static Disabilities notRecorded() {
        return new Disabilities(Set.of());
    }

    public static Disabilities none() {
        return new Disabilities(Set.of(DisabilityCode.NONE));
    }

    public static Disabilities of(DisabilityCode... codes) {
        return of(Arrays.asList(codes));
    }

    public static Disabilities of(Collection<DisabilityCode> codes) {
        return new Disabilities(new HashSet<>(codes));
    }

    /**
     * Whether the child is disabled: empty when nothing has been recorded, so that "not known"
     * is never counted as "not disabled".
     */
    public Optional<Boolean> isDisabled() {
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(codes.stream().anyMatch(DisabilityCode::isDisability));
    }
}
