package org.hearth.matching;

import java.time.LocalDate;

import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.matching.Profiles.NORTH;
import static org.hearth.matching.Profiles.NORTHERN_VAA;
import static org.hearth.matching.Profiles.SHIRE_COUNCIL;
import static org.hearth.matching.Profiles.child;
import static org.hearth.matching.Profiles.household;

class InterAgencyFeeTableTests {

    private final InterAgencyFeeTable fees = InterAgencyFeeTable.defaults();

    @Test
    void betweenLocalAuthoritiesOrRaasTheFeeIs27000() {
        FeeDue fee = fees.feeFor(SHIRE_COUNCIL, 1, LocalDate.of(2025, 6, 1));

        assertThat(fee.amount()).isEqualTo(Money.pounds(27_000));
        assertThat(fee.unconfirmed()).isFalse();
        assertThat(fee.basis()).isEqualTo("Inter-agency fee between local authorities and RAAs (agreed 2011, still applied in 2025/26),"
                + " from 1 April 2011: £27,000 for one child: £27,000.");
    }

    @Test
    void aLondonAgencyAddsTenPerCent() {
        assertThat(fees.feeFor(NORTH, 1, LocalDate.of(2025, 6, 1)).amount()).isEqualTo(Money.pounds(29_700));
    }

    @Test
    void theVoluntaryAgencyFeeChangesOnThe1stOfApril2025() {
        assertThat(fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2025, 3, 31)).amount()).isEqualTo(Money.pounds(37_000));
        assertThat(fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2025, 3, 31)).unconfirmed()).isTrue();
        assertThat(fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2025, 4, 1)).amount()).isEqualTo(Money.pounds(39_245));
        assertThat(fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2025, 4, 1)).unconfirmed()).isFalse();
    }

    @Test
    void theVoluntaryAgencyFeeIn2019To20Is31620() {
        assertThat(fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2019, 4, 1)).amount()).isEqualTo(Money.pounds(31_620));
        assertThat(fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2020, 3, 31)).amount()).isEqualTo(Money.pounds(31_620));
    }

    @Test
    void aDateBeforeTheFirstRowIsRefusedReadably() {
        assertThatThrownBy(() -> fees.feeFor(NORTHERN_VAA, 1, LocalDate.of(2019, 3, 31)))
                .hasMessage("The fee table has no fee for a placement with a voluntary adoption agency on 31 March 2019:"
                        + " add a row from that date or earlier");
    }

    @Test
    void siblingAmountsAreSettingsAndMarkedUnconfirmed() {
        FeeDue two = fees.feeFor(NORTHERN_VAA, 2, LocalDate.of(2025, 9, 1));

        assertThat(two.amount()).isEqualTo(Money.pounds(78_490));
        assertThat(two.unconfirmed()).isTrue();
        assertThat(two.basis()).contains("£39,245 for the first child and £39,245 for each of 1 further child")
                .endsWith("check before invoicing.");
    }

    @Test
    void anInHousePlacementHasNoFee() {
        Placement placement = Placement.record(child().build(), household().build(), LocalDate.of(2026, 3, 2), fees);

        assertThat(placement.kind()).isEqualTo(PlacementKind.IN_HOUSE);
        assertThat(placement.feeDue().amount()).isEqualTo(Money.ZERO);
        assertThat(placement.recorded().feeDue().basis()).isEqualTo("In-house placement: no inter-agency fee.");
    }

    @Test
    void anInterAgencyPlacementTakesTheFeeOfTheDayTheChildMovesIn() {
        ChildProfile siblings = Profiles.group().member(1, Sex.MALE, EthnicityCode.WBRI).member(3, Sex.FEMALE, EthnicityCode.WBRI).build();
        HouseholdProfile hub = household().from(NORTH, HouseholdOrigin.OTHER_HUB_AGENCY).build();

        PlacementRecorded recorded = Placement.record(siblings, hub, LocalDate.of(2026, 3, 2), fees).recorded();

        assertThat(recorded.kind()).isEqualTo(PlacementKind.INTER_AGENCY);
        assertThat(recorded.children()).isEqualTo(siblings.childIds());
        assertThat(recorded.household()).isEqualTo(hub.id());
        assertThat(recorded.placementDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(recorded.feeDue().amount()).isEqualTo(Money.pounds(59_400));
    }

    @Test
    void noChildIsPlacedWithAHouseholdInStage2() {
        assertThatThrownBy(() -> Placement.record(child().build(), household().inStage2().build(), LocalDate.of(2026, 3, 2), fees))
                .hasMessage("A child cannot be placed with a household in stage 2: it must be approved first");
    }

    @Test
    void moneyIsNeverNegativeAndReadsAsPounds() {
        assertThatThrownBy(() -> Money.pence(-1)).hasMessage("An amount of money cannot be negative");
        assertThat(Money.pence(2_970_050)).hasToString("£29,700.50");
        assertThat(Money.pounds(27_000).plusPercent(10)).isEqualTo(Money.pounds(29_700));
    }
}
