package org.hearth.matching.internal;

import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.matching.BoroughNeighbours;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.ContactKind;
import org.hearth.matching.DistancePolicy;
import org.hearth.matching.DistancePreference;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.hearth.matching.Religion;
import org.hearth.matching.ScorePart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.matching.Profiles.BARKING_AND_DAGENHAM;
import static org.hearth.matching.Profiles.CROYDON;
import static org.hearth.matching.Profiles.HAVERING;
import static org.hearth.matching.Profiles.LEEDS;
import static org.hearth.matching.Profiles.NEWHAM;
import static org.hearth.matching.Profiles.child;
import static org.hearth.matching.Profiles.group;
import static org.hearth.matching.Profiles.household;

/** Each soft factor gives its points with words that say why. */
class SoftFactorsTests {

    @Nested
    class HeritageTests {

        private final Heritage factor = new Heritage();

        @Test
        void reflectingTheChildsEthnicityEarnsTheWholeWeight() {
            ScorePart part = factor.score(child().ethnicity(EthnicityCode.BCRB).build(),
                    household().heritage(EthnicityCode.BCRB).build(), 20);

            assertThat(part).isEqualTo(new ScorePart(Factor.HERITAGE, 20, 20,
                    "The household reflects closely the child's Caribbean heritage."));
        }

        @Test
        void reflectingOnlyTheGroupEarnsHalf() {
            ScorePart part = factor.score(child().ethnicity(EthnicityCode.BAFR).build(),
                    household().heritage(EthnicityCode.BCRB).build(), 20);

            assertThat(part).isEqualTo(new ScorePart(Factor.HERITAGE, 10, 20,
                    "The household reflects broadly the child's African (Black group) heritage."));
        }

        @Test
        void aSiblingGroupIsScoredOnEachKnownEthnicity() {
            ChildProfile siblings = group().member(1, Sex.MALE, EthnicityCode.MWBC).member(3, Sex.FEMALE, EthnicityCode.WBRI)
                    .member(4, Sex.FEMALE, EthnicityCode.NOBT).build();
            ScorePart part = factor.score(siblings, household().heritage(EthnicityCode.WBRI).build(), 20);

            assertThat(part.points()).isEqualTo(10);
            assertThat(part.words()).isEqualTo(
                    "The household reflects closely the child's White British heritage and does not reflect the child's White and Black Caribbean heritage.");
        }

        @Test
        void aHouseholdNamingAGroupReflectsItBroadly() {
            ScorePart part = factor.score(child().ethnicity(EthnicityCode.ABAN).build(),
                    household().heritage().heritageGroups(EthnicGroup.ASIAN).build(), 20);

            assertThat(part.points()).isEqualTo(10);
        }

        @Test
        void heritageNotYetKnownIsNotScored() {
            ScorePart part = factor.score(child().ethnicity(EthnicityCode.NOBT).build(), household().build(), 20);

            assertThat(part).isEqualTo(new ScorePart(Factor.HERITAGE, 20, 20,
                    "The child's heritage is not yet known, so it is not scored."));
        }
    }

    @Nested
    class ReligionTests {

        private final ReligionFactor factor = new ReligionFactor();

        @Test
        void sharingTheChildsReligionEarnsTheWholeWeight() {
            assertThat(factor.score(child().religion(Religion.MUSLIM).build(),
                    household().religions(Religion.MUSLIM).build(), 10))
                    .isEqualTo(new ScorePart(Factor.RELIGION, 10, 10, "The household shares the child's religion (Muslim)."));
        }

        @Test
        void anotherReligionEarnsNothing() {
            assertThat(factor.score(child().religion(Religion.MUSLIM).build(),
                    household().religions(Religion.CHRISTIAN, Religion.NO_RELIGION).build(), 10))
                    .isEqualTo(new ScorePart(Factor.RELIGION, 0, 10,
                            "The child's religion is Muslim; the household's is no religion and Christian."));
        }

        @Test
        void aReligionNotKnownIsNotScored() {
            assertThat(factor.score(child().build(), household().build(), 10).points()).isEqualTo(10);
        }
    }

    @Nested
    class LanguageTests {

        private final LanguageFactor factor = new LanguageFactor();

        @Test
        void speakingTheChildsFirstLanguageEarnsTheWholeWeight() {
            assertThat(factor.score(child().firstLanguage("pl").build(), household().languages("en", "pl").build(), 10))
                    .isEqualTo(new ScorePart(Factor.LANGUAGE, 10, 10, "The household speaks the child's first language (Polish)."));
        }

        @Test
        void notSpeakingItEarnsNothing() {
            assertThat(factor.score(child().firstLanguage("tr").build(), household().build(), 10))
                    .isEqualTo(new ScorePart(Factor.LANGUAGE, 0, 10,
                            "Nobody in the household speaks the child's first language (Turkish)."));
        }
    }

    @Nested
    class NeedsCapacityHeadroomTests {

        private final NeedsCapacityHeadroom factor = new NeedsCapacityHeadroom();

        @Test
        void roomAboveEveryNeedEarnsTheWholeWeight() {
            ChildProfile child = child().need(NeedArea.LEARNING, NeedLevel.LOW).build();

            assertThat(factor.score(child, household().build(), 25)).isEqualTo(new ScorePart(Factor.NEEDS_CAPACITY, 25, 25,
                    "The household can meet more than the child needs in learning (low needs, can meet medium)."));
        }

        @Test
        void meetingANeedExactlyEarnsHalfForThatArea() {
            ChildProfile child = child().need(NeedArea.LEARNING, NeedLevel.LOW)
                    .need(NeedArea.TRAUMA_AND_ATTACHMENT, NeedLevel.MEDIUM).build();

            ScorePart part = factor.score(child, household().build(), 25);

            assertThat(part.points()).isEqualTo(19); // 25 x 3/4 = 18.75
            assertThat(part.words()).isEqualTo("The household can meet more than the child needs in learning (low needs, can meet medium);"
                    + " can meet exactly what the child needs in trauma and attachment (medium needs, can meet medium).");
        }
    }

    @Nested
    class EarlyPermanenceTests {

        private final EarlyPermanenceFactor factor = new EarlyPermanenceFactor();

        @Test
        void aHouseholdWillingToFosterForAdoptionEarnsTheWholeWeightWhenThePlanIsEarlyPermanence() {
            assertThat(factor.score(child().aged(0).earlyPermanence().build(), household().fostersForAdoption().build(), 10).points())
                    .isEqualTo(10);
        }

        @Test
        void anUnwillingHouseholdEarnsNothing() {
            assertThat(factor.score(child().aged(0).earlyPermanence().build(), household().build(), 10))
                    .isEqualTo(new ScorePart(Factor.EARLY_PERMANENCE, 0, 10,
                            "The plan is early permanence and the household is not willing to foster for adoption."));
        }
    }

    @Nested
    class ContactTests {

        private final ContactFactor factor = new ContactFactor();

        @Test
        void theShareOfThePlannedContactSupported() {
            ChildProfile child = child().contact(ContactKind.LETTERBOX, ContactKind.DIRECT_WITH_SIBLINGS).build();

            assertThat(factor.score(child, household().contact(ContactKind.LETTERBOX).build(), 15))
                    .isEqualTo(new ScorePart(Factor.CONTACT, 8, 15,
                            "The household can support letterbox contact but not direct contact with brothers or sisters living elsewhere."));
        }

        @Test
        void noContactPlannedIsNotScored() {
            assertThat(factor.score(child().build(), household().contact().build(), 15).points()).isEqualTo(15);
        }
    }

    @Nested
    class DistanceTests {

        private final Distance factor = new Distance(DistancePolicy.AWAY_FROM_BIRTH_FAMILY_BOROUGH, BoroughNeighbours.london());

        @Test
        void theBirthFamilysBoroughEarnsNothing() {
            assertThat(factor.score(child().birthFamilyIn(HAVERING).build(), household().livesIn(HAVERING).build(), 10))
                    .isEqualTo(new ScorePart(Factor.DISTANCE, 0, 10, "The household lives in the birth family's borough."));
        }

        @Test
        void aNeighbouringBoroughEarnsHalf() {
            assertThat(factor.score(child().birthFamilyIn(HAVERING).build(), household().livesIn(BARKING_AND_DAGENHAM).build(), 10))
                    .isEqualTo(new ScorePart(Factor.DISTANCE, 5, 10, "The household lives in a borough next to the birth family's."));
        }

        @Test
        void furtherAwayEarnsTheWholeWeight() {
            assertThat(factor.score(child().birthFamilyIn(HAVERING).build(), household().livesIn(CROYDON).build(), 10).points())
                    .isEqualTo(10);
            assertThat(factor.score(child().birthFamilyIn(HAVERING).build(), household().livesIn(LEEDS).build(), 10).words())
                    .isEqualTo("The household lives in E08000035, not known to neighbour the birth family's borough.");
        }

        @Test
        void withTheSettingOffANeighbouringBoroughEarnsTheWholeWeight() {
            Distance off = new Distance(DistancePolicy.NOT_CONSIDERED, BoroughNeighbours.london());

            assertThat(off.score(child().birthFamilyIn(HAVERING).build(), household().livesIn(HAVERING).build(), 10).points())
                    .isEqualTo(10);
        }

        @Test
        void aHouseholdsOwnPreferenceNotToBeNextToTheBirthFamilyEarnsNothingWhenItIs() {
            HouseholdProfile household = household().livesIn(NEWHAM)
                    .prefers(DistancePreference.awayFromBirthFamilyBorough()).build();

            assertThat(factor.score(child().birthFamilyIn(BARKING_AND_DAGENHAM).build(), household, 10))
                    .isEqualTo(new ScorePart(Factor.DISTANCE, 0, 10, "The household lives in a borough next to the birth family's;"
                            + " it asked not to be in or next to the birth family's borough."));
        }

        @Test
        void aHouseholdsMaximumDistanceEarnsNothingWhenTheBirthFamilyIsFurther() {
            HouseholdProfile household = household().livesIn(CROYDON).prefers(DistancePreference.withinBoroughsAway(2)).build();

            ScorePart part = factor.score(child().birthFamilyIn(HAVERING).build(), household, 10);

            assertThat(part.points()).isZero();
            assertThat(part.words()).endsWith("it asked for the birth family to be at most 2 boroughs away.");
        }
    }

    @Test
    void pointsAloneEqualThePointsWithWords() {
        ChildProfile child = child().need(NeedArea.LEARNING, NeedLevel.MEDIUM).contact(ContactKind.LETTERBOX,
                ContactKind.DIRECT_WITH_BIRTH_PARENTS).religion(Religion.SIKH).firstLanguage("pa").build();
        HouseholdProfile household = household().languages("pa").build();
        for (var factor : MatchingPolicies.softFactors(org.hearth.matching.MatchingSettings.defaults())) {
            assertThat(factor.points(child, household, 17)).isEqualTo(factor.score(child, household, 17).points());
        }
    }
}
