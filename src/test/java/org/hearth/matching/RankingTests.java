package org.hearth.matching;

import java.time.LocalDate;
import java.util.List;

import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.matching.Profiles.NORTH;
import static org.hearth.matching.Profiles.NORTHERN_VAA;
import static org.hearth.matching.Profiles.child;
import static org.hearth.matching.Profiles.household;

class RankingTests {

    private final Ranking ranking = Ranking.withDefaults();

    @Test
    void excludedHouseholdsAreListedApartWithTheirReasons() {
        HouseholdProfile fits = household().id(1).build();
        HouseholdProfile tooYoung = household().id(2).range(ApprovalRange.oneChild(0, 1)).build();

        HouseholdRanking result = ranking.rankHouseholdsFor(child().aged(4).build(), List.of(tooYoung, fits));

        assertThat(result.ranked()).extracting(RankedHousehold::household).containsExactly(fits);
        assertThat(result.excluded()).singleElement().satisfies(excluded -> {
            assertThat(excluded.household()).isEqualTo(tooYoung);
            assertThat(excluded.exclusions()).extracting(Exclusion::rule).containsExactly("Age outside the approval range");
            assertThat(excluded.parts()).isEmpty();
        });
    }

    @Test
    void everyBrokenRuleIsGiven() {
        ChildProfile siblings = Profiles.group().member(7, Sex.MALE, EthnicityCode.WBRI).member(8, Sex.MALE, EthnicityCode.WBRI).build();
        HouseholdProfile household = household().range(ApprovalRange.oneChild(0, 4)).build();

        assertThat(ranking.exclusions(siblings, household)).extracting(Exclusion::rule).containsExactly(
                "Number of children outside the approval range", "Sibling group not in the approval",
                "Age outside the approval range");
    }

    @Test
    void higherScoresRankFirst() {
        ChildProfile child = child().firstLanguage("pl").build();
        HouseholdProfile speaksPolish = household().id(9).languages("en", "pl").build();
        HouseholdProfile englishOnly = household().id(1).build();

        HouseholdRanking result = ranking.rankHouseholdsFor(child, List.of(englishOnly, speaksPolish));

        assertThat(result.ranked()).extracting(RankedHousehold::household).containsExactly(speaksPolish, englishOnly);
        assertThat(result.ranked().get(0).score()).isEqualTo(100);
        assertThat(result.ranked().get(1).score()).isEqualTo(90);
    }

    @Test
    void equalScoresBreakTiesInHouseThenApprovedThenHouseholdId() {
        HouseholdProfile outside = household().id(1).from(NORTHERN_VAA, HouseholdOrigin.OUTSIDE_AGENCY).build();
        HouseholdProfile hub = household().id(2).from(NORTH, HouseholdOrigin.OTHER_HUB_AGENCY).build();
        HouseholdProfile inHouseStage2 = household().id(3).inStage2().build();
        HouseholdProfile inHouseApproved5 = household().id(5).build();
        HouseholdProfile inHouseApproved4 = household().id(4).build();

        HouseholdRanking result = ranking.rankHouseholdsFor(child().build(),
                List.of(outside, hub, inHouseStage2, inHouseApproved5, inHouseApproved4));

        assertThat(result.ranked()).extracting(RankedHousehold::score).containsOnly(100);
        assertThat(result.ranked()).extracting(RankedHousehold::household)
                .containsExactly(inHouseApproved4, inHouseApproved5, inHouseStage2, hub, outside);
    }

    @Test
    void householdsInStage2AreMarkedAsHorizonScanning() {
        HouseholdRanking result = ranking.rankHouseholdsFor(child().build(),
                List.of(household().id(1).build(), household().id(2).inStage2().build()));

        assertThat(result.ranked()).extracting(RankedHousehold::horizonScanning).containsExactly(false, true);
    }

    @Test
    void eachPartIsShownInWordsWithItsShare() {
        ChildProfile child = child().religion(Religion.CHRISTIAN).contact(ContactKind.LETTERBOX).build();
        RankedHousehold ranked = ranking.rank(child, household().build());

        assertThat(ranked.parts()).extracting(ShownPart::factor).containsExactly(Factor.values());
        assertThat(ranked.score()).isEqualTo(90);
        assertThat(ranked.parts().get(1).inWords()).isEqualTo(
                "Religion: 0 of 10 points, 0% of the score. The child's religion is Christian; the household's is no religion.");
        assertThat(ranked.parts().get(3).inWords()).isEqualTo(
                "Needs capacity: 25 of 25 points, 28% of the score. The child has no needs recorded in any area, so it is not scored.");
        assertThat(ranked.parts()).extracting(ShownPart::sharePercent).containsExactly(22, 0, 11, 28, 11, 17, 11);
    }

    @Test
    void weightsAreSettings() {
        MatchingWeights onlyLanguage = new MatchingWeights(0, 0, 40, 0, 0, 0, 0);
        Ranking languageOnly = new Ranking(new MatchingSettings(onlyLanguage, DistancePolicy.AWAY_FROM_BIRTH_FAMILY_BOROUGH));

        RankedHousehold ranked = languageOnly.rank(child().firstLanguage("pl").build(), household().languages("pl").build());

        assertThat(ranked.score()).isEqualTo(40);
        assertThat(ranked.parts()).filteredOn(part -> part.factor() == Factor.LANGUAGE)
                .singleElement().extracting(ShownPart::sharePercent).isEqualTo(100);
    }

    @Test
    void childrenAreRankedForAHouseholdWithTheLongestWaitingFirstOnEqualScores() {
        HouseholdProfile household = household().range(ApprovalRange.oneChild(0, 4)).build();
        ChildProfile waitingLonger = child().ids(10).waitingSince(LocalDate.of(2025, 1, 6)).build();
        ChildProfile waitingLess = child().ids(20).waitingSince(LocalDate.of(2025, 9, 1)).build();
        ChildProfile speaksTurkish = child().ids(30).firstLanguage("tr").waitingSince(LocalDate.of(2024, 5, 1)).build();
        ChildProfile tooOld = child().ids(40).aged(7).build();

        ChildRanking result = ranking.rankChildrenFor(household, List.of(speaksTurkish, waitingLess, tooOld, waitingLonger));

        assertThat(result.ranked()).extracting(RankedChild::child).containsExactly(waitingLonger, waitingLess, speaksTurkish);
        assertThat(result.excluded()).extracting(RankedChild::child).containsExactly(tooOld);
        assertThat(result.excluded().get(0).exclusions().get(0).forHousehold())
                .isEqualTo("The child is older than the ages you are approved for (0 to 4).");
    }

    @Test
    void thePoolGivesEachChildItsBestHouseholdsInRankingOrder() {
        List<HouseholdProfile> households = List.of(household().id(1).build(), household().id(2).languages("en", "pl").build(),
                household().id(3).inStage2().languages("pl").build(), household().id(4).range(ApprovalRange.oneChild(0, 1)).build());
        ChildProfile child = child().firstLanguage("pl").build();

        Shortlist shortlist = ranking.rankPool(List.of(child), households, 2).get(0);

        assertThat(shortlist.best()).isEqualTo(ranking.rankHouseholdsFor(child, households).ranked().subList(0, 2));
        assertThat(shortlist.householdsRanked()).isEqualTo(3);
        assertThat(shortlist.householdsExcluded()).isEqualTo(1);
    }
}
