package org.hearth.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.matching.Profiles.NORTH;
import static org.hearth.matching.Profiles.NORTHERN_VAA;
import static org.hearth.matching.Profiles.childId;
import static org.hearth.matching.Profiles.household;

class FamilyFindingSearchTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private static final SignOff FAMILY_FINDING = new SignOff("ale.manager", SignOffRole.FAMILY_FINDING_TEAM_MANAGER,
            NOW.minusSeconds(3600));
    private static final SignOff CHILDS_TEAM = new SignOff("havering.manager", SignOffRole.CHILDS_SOCIAL_WORK_TEAM_MANAGER,
            NOW.minusSeconds(600));

    private final HouseholdProfile inHouseApproved = household().id(1).build();
    private final HouseholdProfile inHouseStage2 = household().id(2).inStage2().build();
    private final HouseholdProfile hubApproved = household().id(3).from(NORTH, HouseholdOrigin.OTHER_HUB_AGENCY).build();
    private final HouseholdProfile hubStage2 = household().id(4).from(NORTH, HouseholdOrigin.OTHER_HUB_AGENCY).inStage2().build();
    private final HouseholdProfile outsideApproved = household().id(5).from(NORTHERN_VAA, HouseholdOrigin.OUTSIDE_AGENCY).build();
    private final List<HouseholdProfile> pool = List.of(inHouseApproved, inHouseStage2, hubApproved, hubStage2, outsideApproved);

    private FamilyFindingSearch newSearch() {
        return FamilyFindingSearch.start(SearchId.newId(), List.of(childId(1), childId(2)), CLOCK);
    }

    @Test
    void aSearchStartsInHouseWithHorizonScanningOfStage2() {
        FamilyFindingSearch search = newSearch();

        assertThat(search.scope()).isEqualTo(SearchScope.IN_HOUSE);
        assertThat(search.candidates(pool)).containsExactly(inHouseApproved, inHouseStage2);
        assertThat(search.events()).singleElement().isInstanceOf(SearchStarted.class);
    }

    @Test
    void wideningWithNoSignOffIsRefusedNamingBoth() {
        FamilyFindingSearch search = newSearch();

        assertThatThrownBy(() -> search.widenToOtherAgencies(CLOCK)).isInstanceOf(WideningRefused.class)
                .hasMessage("The search cannot be widened to other agencies until both managers have signed off: the sign-off of"
                        + " the family-finding team manager and of the child's social work team manager are missing");
        assertThat(search.scope()).isEqualTo(SearchScope.IN_HOUSE);
    }

    @Test
    void wideningWithOnlyTheFamilyFindingSignOffIsRefused() {
        FamilyFindingSearch search = newSearch();
        search.recordSignOff(FAMILY_FINDING);

        assertThatThrownBy(() -> search.widenToOtherAgencies(CLOCK)).isInstanceOf(WideningRefused.class)
                .hasMessage("The search cannot be widened to other agencies until both managers have signed off: the sign-off of"
                        + " the child's social work team manager is missing");
        assertThat(search.candidates(pool)).containsExactly(inHouseApproved, inHouseStage2);
        assertThat(search.events()).noneMatch(SearchWidened.class::isInstance);
    }

    @Test
    void wideningWithOnlyTheChildsTeamSignOffIsRefused() {
        FamilyFindingSearch search = newSearch();
        search.recordSignOff(CHILDS_TEAM);

        assertThatThrownBy(() -> search.widenToOtherAgencies(CLOCK)).isInstanceOf(WideningRefused.class)
                .hasMessageEndingWith("the sign-off of the family-finding team manager is missing");
    }

    @Test
    void afterBothSignOffsTheSearchWidensToOtherHubAndOutsideAgencies() {
        FamilyFindingSearch search = newSearch();
        search.recordSignOff(CHILDS_TEAM);
        search.recordSignOff(FAMILY_FINDING);

        search.widenToOtherAgencies(CLOCK);

        assertThat(search.scope()).isEqualTo(SearchScope.OTHER_AGENCIES);
        assertThat(search.widenedAt()).isEqualTo(NOW);
        assertThat(search.candidates(pool)).containsExactly(inHouseApproved, inHouseStage2, hubApproved, outsideApproved);
        assertThat(search.events()).last().isEqualTo(new SearchWidened(search.id(), List.of(childId(1), childId(2)),
                List.of(FAMILY_FINDING, CHILDS_TEAM), NOW));
    }

    @Test
    void aSearchIsWidenedOnce() {
        FamilyFindingSearch search = newSearch();
        search.recordSignOff(FAMILY_FINDING);
        search.recordSignOff(CHILDS_TEAM);
        search.widenToOtherAgencies(CLOCK);

        assertThatThrownBy(() -> search.widenToOtherAgencies(CLOCK)).isInstanceOf(WideningRefused.class)
                .hasMessage("The search has already been widened to other agencies");
    }

    @Test
    void oneManagerCannotGiveBothSignOffs() {
        FamilyFindingSearch search = newSearch();
        search.recordSignOff(FAMILY_FINDING);

        assertThatThrownBy(() -> search.recordSignOff(new SignOff("ale.manager", SignOffRole.CHILDS_SOCIAL_WORK_TEAM_MANAGER, NOW)))
                .isInstanceOf(WideningRefused.class)
                .hasMessage("ale.manager has already signed off as the family-finding team manager; the sign-off of"
                        + " the child's social work team manager must be given by someone else");
    }

    @Test
    void aSignOffDatedInTheFutureDoesNotWiden() {
        FamilyFindingSearch search = newSearch();
        search.recordSignOff(FAMILY_FINDING);
        search.recordSignOff(new SignOff("havering.manager", SignOffRole.CHILDS_SOCIAL_WORK_TEAM_MANAGER, NOW.plusSeconds(60)));

        assertThatThrownBy(() -> search.widenToOtherAgencies(CLOCK)).isInstanceOf(WideningRefused.class)
                .hasMessage("The sign-off of the child's social work team manager is dated after now");
    }

    @Test
    void anotherAgencysHouseholdInStage2IsInNoScope() {
        assertThat(SearchScope.IN_HOUSE.includes(hubStage2)).isFalse();
        assertThat(SearchScope.OTHER_AGENCIES.includes(hubStage2)).isFalse();
    }

    @Test
    void aSearchLooksAtAnotherAgencysApprovedHouseholdOnlyOnceWidened() {
        FamilyFindingSearch search = newSearch();
        assertThat(search.looksAt(inHouseApproved)).isTrue();
        assertThat(search.looksAt(inHouseStage2)).isTrue();
        assertThat(search.looksAt(hubApproved)).isFalse();
        assertThat(search.looksAt(outsideApproved)).isFalse();
        search.recordSignOff(FAMILY_FINDING);
        search.recordSignOff(CHILDS_TEAM);
        search.widenToOtherAgencies(CLOCK);
        assertThat(search.looksAt(hubApproved)).isTrue();
        assertThat(search.looksAt(outsideApproved)).isTrue();
        assertThat(search.looksAt(hubStage2)).isFalse();
    }
}
