package org.hearth.children;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.HarderToPlaceCharacteristic.AGED_FIVE_OR_OVER;
import static org.hearth.children.HarderToPlaceCharacteristic.DISABLED;
import static org.hearth.children.HarderToPlaceCharacteristic.MINORITY_ETHNIC;
import static org.hearth.children.HarderToPlaceCharacteristic.SIBLING_GROUP;
import static org.hearth.children.Journeys.on;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Harder-to-place characteristics are derived from the child's record; what cannot be decided is
 * "not known", never "no".
 */
class HarderToPlaceTests {

    private static final LocalDate BORN = on("10 January 2019");

    @Test
    void childFiveOnTheDayOfTheDecisionIsAgedFiveOrOver() {
        HarderToPlace child = withDecision(BORN, "10 January 2024");

        assertThat(child.has(AGED_FIVE_OR_OVER)).isTrue();
    }

    @Test
    void childWhoseFifthBirthdayIsTheDayAfterTheDecisionIsNot() {
        HarderToPlace child = withDecision(BORN, "9 January 2024");

        assertThat(child.has(AGED_FIVE_OR_OVER)).isFalse();
        assertThat(child.notKnown()).doesNotContain(AGED_FIVE_OR_OVER);
    }

    @Test
    void childBornOnALeapDayIsFiveOnTheFirstOfMarch() {
        LocalDate leapDay = on("29 February 2020");

        assertThat(withDecision(leapDay, "28 February 2025").has(AGED_FIVE_OR_OVER)).isFalse();
        assertThat(withDecision(leapDay, "1 March 2025").has(AGED_FIVE_OR_OVER)).isTrue();
    }

    @Test
    void ageAtTheDecisionIsNotKnownBeforeTheDecision() {
        HarderToPlace child = HarderToPlace.of(BORN, EthnicityCode.WBRI, SiblingPlan.placedAlone(), Disabilities.none(),
                Optional.empty());

        assertThat(child.notKnown()).containsExactly(AGED_FIVE_OR_OVER);
        assertThat(child.isHarderToPlace()).isFalse();
    }

    @Test
    void decisionBeforeTheBirthIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withDecision(BORN, "9 January 2019"));

        assertThat(refused).hasMessage("The should be placed for adoption decision (9 January 2019) cannot be before "
                + "the child's date of birth (10 January 2019)");
    }

    @Test
    void whiteBritishChildIsNotFromAMinorityEthnicBackground() {
        assertThat(withEthnicity(EthnicityCode.WBRI).characteristics()).doesNotContain(MINORITY_ETHNIC);
        assertThat(withEthnicity(EthnicityCode.WBRI).notKnown()).doesNotContain(MINORITY_ETHNIC);
    }

    @Test
    void everyOtherKnownEthnicityIsAMinorityEthnicBackground() {
        assertThat(withEthnicity(EthnicityCode.WIRT).has(MINORITY_ETHNIC)).isTrue();
        assertThat(withEthnicity(EthnicityCode.MWBC).has(MINORITY_ETHNIC)).isTrue();
        assertThat(withEthnicity(EthnicityCode.CHNE).has(MINORITY_ETHNIC)).isTrue();
    }

    @Test
    void refusedOrNotYetObtainedEthnicityIsNotKnown() {
        assertThat(withEthnicity(EthnicityCode.REFU).notKnown()).contains(MINORITY_ETHNIC);
        assertThat(withEthnicity(EthnicityCode.NOBT).notKnown()).contains(MINORITY_ETHNIC);
        assertThat(withEthnicity(EthnicityCode.NOBT).has(MINORITY_ETHNIC)).isFalse();
    }

    @Test
    void childToBePlacedWithASiblingIsInASiblingGroup() {
        HarderToPlace together = HarderToPlace.of(BORN, EthnicityCode.WBRI, SiblingPlan.togetherWith(1), Disabilities.none(),
                Optional.of(on("1 May 2020")));
        HarderToPlace alone = HarderToPlace.of(BORN, EthnicityCode.WBRI, SiblingPlan.placedAlone(), Disabilities.none(),
                Optional.of(on("1 May 2020")));
        HarderToPlace undecided = HarderToPlace.of(BORN, EthnicityCode.WBRI, SiblingPlan.notDecided(), Disabilities.none(),
                Optional.of(on("1 May 2020")));

        assertThat(together.has(SIBLING_GROUP)).isTrue();
        assertThat(alone.has(SIBLING_GROUP)).isFalse();
        assertThat(undecided.notKnown()).containsExactly(SIBLING_GROUP);
    }

    @Test
    void childWithADisabilityCodeIsDisabled() {
        HarderToPlace disabled = withDisabilities(Disabilities.of(DisabilityCode.MOB, DisabilityCode.LD));
        HarderToPlace notDisabled = withDisabilities(Disabilities.none());
        HarderToPlace notRecorded = withDisabilities(Disabilities.notRecorded());

        assertThat(disabled.has(DISABLED)).isTrue();
        assertThat(notDisabled.has(DISABLED)).isFalse();
        assertThat(notDisabled.notKnown()).isEmpty();
        assertThat(notRecorded.notKnown()).containsExactly(DISABLED);
    }

    @Test
    void childWithEveryCharacteristicHasEveryLabelInOrder() {
        HarderToPlace child = HarderToPlace.of(BORN, EthnicityCode.BAFR, SiblingPlan.togetherWith(2),
                Disabilities.of(DisabilityCode.AUT), Optional.of(on("1 June 2025")));

        assertThat(child.isHarderToPlace()).isTrue();
        assertThat(child.labels()).containsExactly(
                "Aged 5 or over at the should be placed for adoption decision",
                "From a minority ethnic background",
                "In a sibling group to be placed together",
                "Disabled");
    }

    @Test
    void characteristicCannotBeBothPresentAndNotKnown() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new HarderToPlace(Set.of(DISABLED), Set.of(DISABLED)));

        assertThat(refused).hasMessage("A characteristic cannot be both present and not known");
    }

    private static HarderToPlace withDecision(LocalDate born, String decision) {
        return HarderToPlace.of(born, EthnicityCode.WBRI, SiblingPlan.placedAlone(), Disabilities.none(),
                Optional.of(on(decision)));
    }

    private static HarderToPlace withEthnicity(EthnicityCode ethnicity) {
        return HarderToPlace.of(BORN, ethnicity, SiblingPlan.placedAlone(), Disabilities.none(), Optional.of(on("1 May 2020")));
    }

    private static HarderToPlace withDisabilities(Disabilities disabilities) {
        return HarderToPlace.of(BORN, EthnicityCode.WBRI, SiblingPlan.placedAlone(), disabilities, Optional.of(on("1 May 2020")));
    }
}
