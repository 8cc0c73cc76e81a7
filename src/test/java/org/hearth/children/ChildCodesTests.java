package org.hearth.children;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.Journeys.on;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The codes and values a child's record is made of validate themselves with readable messages.
 */
class ChildCodesTests {

    @Test
    void thereAreTwentyEthnicityCodes() {
        assertThat(EthnicityCode.values()).hasSize(20);
    }

    @ParameterizedTest
    @CsvSource({
            "WBRI, White British, WHITE",
            "WIRT, Traveller of Irish heritage, WHITE",
            "WROM, Gypsy/Roma, WHITE",
            "MWBA, White and Black African, MIXED",
            "APKN, Pakistani, ASIAN",
            "BCRB, Caribbean, BLACK",
            "CHNE, Chinese, CHINESE_OR_OTHER",
            "OOTH, Any other ethnic group, CHINESE_OR_OTHER",
            "REFU, Refused, NOT_KNOWN",
            "NOBT, Information not yet obtained, NOT_KNOWN"})
    void ethnicityCodesHaveTheirLabelAndGroup(String code, String label, EthnicGroup group) {
        EthnicityCode ethnicity = EthnicityCode.of(code);

        assertThat(ethnicity.label()).isEqualTo(label);
        assertThat(ethnicity.group()).isEqualTo(group);
    }

    @Test
    void onlyWhiteBritishIsNotMinorityEthnicAndNotKnownCodesAreNotKnown() {
        assertThat(EthnicityCode.WBRI.isMinorityEthnic()).contains(false);
        assertThat(Arrays.stream(EthnicityCode.values())
                .filter(code -> code.isMinorityEthnic().orElse(false)))
                .hasSize(17)
                .doesNotContain(EthnicityCode.WBRI, EthnicityCode.REFU, EthnicityCode.NOBT);
        assertThat(EthnicityCode.REFU.isMinorityEthnic()).isEmpty();
        assertThat(EthnicityCode.NOBT.isMinorityEthnic()).isEmpty();
    }

    @Test
    void ethnicityCodeIsReadIgnoringCaseAndSpaces() {
        assertThat(EthnicityCode.of(" mwbc ")).isEqualTo(EthnicityCode.MWBC);
    }

    @Test
    void unknownEthnicityCodeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> EthnicityCode.of("WBR"));

        assertThat(refused).hasMessage("\"WBR\" is not an ethnicity code: use one of the 20 codes, for example WBRI or MWBC");
    }

    @Test
    void disabilityCodesAreTheCinCodes() {
        assertThat(Arrays.stream(DisabilityCode.values()).map(DisabilityCode::code)).containsExactly(
                "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");
        assertThat(DisabilityCode.of("hear").label()).isEqualTo("Hearing");
    }

    @Test
    void unknownDisabilityCodeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DisabilityCode.of("DEAF"));

        assertThat(refused).hasMessage("\"DEAF\" is not a disability code: use NONE or one of the CIN codes, for example MOB or LD");
    }

    @Test
    void noDisabilityCannotBeRecordedWithADisability() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Disabilities.of(DisabilityCode.NONE, DisabilityCode.VIS));

        assertThat(refused).hasMessage("\"No disability\" (NONE) cannot be recorded together with a disability");
    }

    @ParameterizedTest
    @CsvSource({"0, NOT_RECORDED", "1, MALE", "2, FEMALE", "9, INDETERMINATE"})
    void sexIsReadFromItsCode(String code, Sex sex) {
        assertThat(Sex.of(code)).isEqualTo(sex);
        assertThat(sex.code()).isEqualTo(code);
    }

    @Test
    void unknownSexCodeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Sex.of("M"));

        assertThat(refused).hasMessage("\"M\" is not a sex code: use 1 (male), 2 (female), 0 (not recorded) or 9 (indeterminate)");
    }

    @Test
    void reasonsAdoptionIsNoLongerThePlanCarryTheSsda903Labels() {
        assertThat(Arrays.stream(ReasonAdoptionNoLongerThePlan.values()).map(reason -> reason.code() + " " + reason.label()))
                .containsExactly(
                        "RD1 The child's needs changed after the decision",
                        "RD2 The court did not make a placement order",
                        "RD3 Prospective adopters could not be found",
                        "RD4 Any other reason");
    }

    @Test
    void unknownReasonIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ReasonAdoptionNoLongerThePlan.of("RD5"));

        assertThat(refused).hasMessage("\"RD5\" is not a reason adoption is no longer the plan: use RD1, RD2, RD3 or RD4");
    }

    @Test
    void journeyEventsCarryTheirScreenLabels() {
        assertThat(Arrays.stream(JourneyEventType.values()).map(JourneyEventType::label)).containsExactly(
                "Entered care",
                "Fostering placement with the carers who are adopting began",
                "Adoption first considered (early monitoring)",
                "Parallel planning",
                "Child's permanence report completed",
                "Should be placed for adoption decision",
                "Placement order",
                "Consent to placement (section 19)",
                "Family finding started",
                "Linked",
                "Matching panel",
                "Match decision",
                "Placed for adoption (moved in)",
                "Fostering for adoption or concurrent placement started",
                "Adoption order application",
                "Adoption order",
                "Adoption no longer the plan",
                "Disruption before the adoption order",
                "Disruption after the adoption order");
    }

    @Test
    void childIdIsReadFromItsTextForm() {
        UUID value = UUID.randomUUID();

        assertThat(ChildId.of(value.toString())).isEqualTo(new ChildId(value));
    }

    @Test
    void childIdThatIsNotAUuidIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ChildId.of("child-1"));

        assertThat(refused).hasMessage("\"child-1\" is not a child id");
    }

    @Test
    void unbornChildIsNotBornEvenAfterTheExpectedDate() {
        Birth expected = Birth.expectedOn(on("1 March 2026"));

        assertThat(expected.isBornOn(on("1 June 2026"))).isFalse();
        assertThat(Birth.on(on("1 March 2026")).isBornOn(on("1 March 2026"))).isTrue();
        assertThat(Birth.on(on("1 March 2026")).isBornOn(on("28 February 2026"))).isFalse();
    }

    @Test
    void journeyEntryNeedsWhoRecordedIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new JourneyEntry(JourneyEntryId.newId(), JourneyEventType.LINKED, on("1 March 2026"),
                        Optional.empty(), Optional.empty(), Instant.now(), " ", Optional.empty()));

        assertThat(refused).hasMessage("A journey entry needs the person who recorded it");
    }

    @Test
    void blankNoteIsNoNote() {
        JourneyEntry entry = new JourneyEntry(JourneyEntryId.newId(), JourneyEventType.LINKED, on("1 March 2026"),
                Optional.empty(), Optional.of("   "), Instant.now(), "Sam Worker", Optional.empty());

        assertThat(entry.note()).isEmpty();
    }

    @Test
    void journeySettingsDefaultToTenWeeks() {
        assertThat(JourneySettings.defaults().weeksLivingWithAdoptersBeforeApplication()).isEqualTo(10);
    }
}
