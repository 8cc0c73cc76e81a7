package org.hearth.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoroughNeighboursTests {

    private final BoroughNeighbours london = BoroughNeighbours.london();

    @Test
    void theTableHoldsThe33LondonAuthorities() {
        assertThat(london.boroughs()).hasSize(33).allMatch(code -> code.value().startsWith("E09"));
        assertThat(london.nameOf(BoroughCode.of("E09000001"))).isEqualTo("City of London");
        assertThat(london.nameOf(BoroughCode.of("E09000033"))).isEqualTo("Westminster");
    }

    @Test
    void neighbouringIsMutualAndEveryBoroughCanBeReached() {
        for (BoroughCode one : london.boroughs()) {
            assertThat(london.neighboursOf(one)).isNotEmpty().doesNotContain(one);
            for (BoroughCode other : london.neighboursOf(one)) {
                assertThat(london.neighboursOf(other)).as("%s neighbours %s", other, one).contains(one);
            }
            for (BoroughCode other : london.boroughs()) {
                assertThat(london.stepsBetween(one, other)).isPresent();
            }
        }
    }

    @Test
    void haveringNeighboursBarkingAndDagenhamRedbridgeAndBexley() {
        assertThat(london.neighboursOf(Profiles.HAVERING)).containsExactlyInAnyOrder(Profiles.BARKING_AND_DAGENHAM,
                BoroughCode.of("E09000026"), BoroughCode.of("E09000004"));
        assertThat(london.areNeighbours(Profiles.HAVERING, Profiles.BARKING_AND_DAGENHAM)).isTrue();
        assertThat(london.stepsBetween(Profiles.HAVERING, Profiles.NEWHAM)).hasValue(2);
    }

    @Test
    void outsideLondonOnlyTheSameBoroughIsKnown() {
        assertThat(london.stepsBetween(Profiles.LEEDS, Profiles.LEEDS)).hasValue(0);
        assertThat(london.stepsBetween(Profiles.LEEDS, Profiles.HAVERING)).isEmpty();
    }
}
