package org.hearth.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.internal.DisplayDate;

/**
 * Which harder-to-place characteristics a child has, derived from the child's record and never
 * stored on its own. A characteristic that cannot be decided (ethnicity refused or not yet
 * obtained, disability not recorded, sibling plan not made, no should be placed for adoption
 * decision yet) is in {@link #notKnown()}, never counted as absent.
 *
 * @param characteristics the characteristics the child has
 * @param notKnown        the characteristics that cannot be decided from the record
 */
public record HarderToPlace(Set<HarderToPlaceCharacteristic> characteristics, Set<HarderToPlaceCharacteristic> notKnown) {

    static final int OLDER_CHILD_AGE = 5;

    public HarderToPlace {
        characteristics = Set.copyOf(characteristics);
        notKnown = Set.copyOf(notKnown);
        if (characteristics.stream().anyMatch(notKnown::contains)) {
            throw new IllegalArgumentException("A characteristic cannot be both present and not known");
        }
    }

    /**
     * Derives the characteristics.
     *
     * <p>Age is in whole years on the day of the should be placed for adoption decision: a child is
     * 5 from their fifth birthday (a child born on 29 February is 5 from 1 March in a year that is
     * not a leap year), as {@link Period#between} counts.
     *
     * @throws IllegalArgumentException when the decision is dated before the date of birth
     */
    public static HarderToPlace of(LocalDate dateOfBirth, EthnicityCode ethnicity, SiblingPlan siblingPlan,
            Disabilities disabilities, Optional<LocalDate> shouldBePlacedDecision) {
        Objects.requireNonNull(dateOfBirth, "Harder to place needs the child's date of birth");
        Objects.requireNonNull(ethnicity, "Harder to place needs the child's ethnicity (NOBT when not yet obtained)");
        Objects.requireNonNull(siblingPlan, "Harder to place needs the sibling plan");
        Objects.requireNonNull(disabilities, "Harder to place needs the disabilities (none recorded is allowed)");
        Objects.requireNonNull(shouldBePlacedDecision, "Harder to place needs the decision date, or an empty one");
        Set<HarderToPlaceCharacteristic> has = EnumSet.noneOf(HarderToPlaceCharacteristic.class);
        Set<HarderToPlaceCharacteristic> notKnown = EnumSet.noneOf(HarderToPlaceCharacteristic.class);
        sort(HarderToPlaceCharacteristic.AGED_FIVE_OR_OVER, agedFiveOrOver(dateOfBirth, shouldBePlacedDecision), has, notKnown);
        sort(HarderToPlaceCharacteristic.MINORITY_ETHNIC, ethnicity.isMinorityEthnic(), has, notKnown);
        sort(HarderToPlaceCharacteristic.SIBLING_GROUP, siblingPlan.isSiblingGroupPlacedTogether(), has, notKnown);
        sort(HarderToPlaceCharacteristic.DISABLED, disabilities.isDisabled(), has, notKnown);
        return new HarderToPlace(has, notKnown);
    }

    private static Optional<Boolean> agedFiveOrOver(LocalDate dateOfBirth, Optional<LocalDate> decision) {
        decision.filter(date -> date.isBefore(dateOfBirth)).ifPresent(date -> {
            throw new IllegalArgumentException("The should be placed for adoption decision (" + DisplayDate.of(date)
                    + ") cannot be before the child's date of birth (" + DisplayDate.of(dateOfBirth) + ")");
        });
        return decision.map(date -> Period.between(dateOfBirth, date).getYears() >= OLDER_CHILD_AGE);
    }

    private static void sort(HarderToPlaceCharacteristic characteristic, Optional<Boolean> answer,
            Set<HarderToPlaceCharacteristic> has, Set<HarderToPlaceCharacteristic> notKnown) {
        if (answer.isEmpty()) {
            notKnown.add(characteristic);
        } else if (answer.get()) {
            has.add(characteristic);
        }
    }

    public boolean isHarderToPlace() {
        return !characteristics.isEmpty();
    }

    public boolean has(HarderToPlaceCharacteristic characteristic) {
        return characteristics.contains(characteristic);
    }

    /**
     * The labels of the characteristics the child has, in a fixed order.
     */
    public List<String> labels() {
        return EnumSet.allOf(HarderToPlaceCharacteristic.class).stream()
                .filter(characteristics::contains)
                .map(HarderToPlaceCharacteristic::label)
                .toList();
    }
}
