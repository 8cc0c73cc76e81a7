package org.hearth.matching.internal;

import java.util.EnumSet;

import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.matching.ApprovalRange;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.Exclusion;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.matching.Profiles.child;
import static org.hearth.matching.Profiles.group;
import static org.hearth.matching.Profiles.household;

/** Each hard rule excludes a household with the right reason, and lets a fitting one through. */
class HardRulesTests {

    @Nested
    class NumberOfChildrenOutsideRangeTests {

        private final NumberOfChildrenOutsideRange rule = new NumberOfChildrenOutsideRange();

        @Test
        void threeSiblingsAreTooManyForAHouseholdApprovedForUpToTwo() {
            ChildProfile three = group().member(1, Sex.MALE, EthnicityCode.WBRI).member(3, Sex.FEMALE, EthnicityCode.WBRI)
                    .member(5, Sex.MALE, EthnicityCode.WBRI).build();
            HouseholdProfile upToTwo = household().range(ApprovalRange.upTo(2, 0, 6)).build();

            assertThat(rule.check(three, upToTwo)).contains(new Exclusion(
                    "Number of children outside the approval range",
                    "The search is for 3 children to be placed together; the household is approved for 1 to 2 children.",
                    "This search is for 3 children to be placed together; you are approved for 1 to 2 children."));
        }

        @Test
        void oneChildIsTooFewForAHouseholdApprovedOnlyForTwo() {
            HouseholdProfile onlyTwo = household().range(new ApprovalRange(2, 2, 0, 6, EnumSet.of(Sex.MALE, Sex.FEMALE), true)).build();

            assertThat(rule.check(child().build(), onlyTwo)).contains(new Exclusion(
                    "Number of children outside the approval range",
                    "The search is for one child; the household is approved for 2 children.",
                    "This search is for one child; you are approved for 2 children."));
        }

        @Test
        void aNumberInsideTheRangeIsNotExcluded() {
            assertThat(rule.check(child().build(), household().build())).isEmpty();
        }
    }

    @Nested
    class AgeOutsideRangeTests {

        private final AgeOutsideRange rule = new AgeOutsideRange();

        @Test
        void aChildOlderThanTheApprovedAgesIsExcluded() {
            HouseholdProfile upToFour = household().range(ApprovalRange.oneChild(0, 4)).build();

            assertThat(rule.check(child().aged(6).build(), upToFour)).contains(new Exclusion(
                    "Age outside the approval range",
                    "A child aged 6 is outside the household's approved ages (0 to 4).",
                    "The child is older than the ages you are approved for (0 to 4)."));
        }

        @Test
        void aBabyYoungerThanTheApprovedAgesIsExcluded() {
            HouseholdProfile twoToSix = household().range(ApprovalRange.oneChild(2, 6)).build();

            assertThat(rule.check(child().aged(0).build(), twoToSix)).contains(new Exclusion(
                    "Age outside the approval range",
                    "A child aged 0 is outside the household's approved ages (2 to 6).",
                    "The child is younger than the ages you are approved for (2 to 6)."));
        }

        @Test
        void everyChildOfASiblingGroupMustBeInsideTheAges() {
            ChildProfile siblings = group().member(7, Sex.FEMALE, EthnicityCode.WBRI).member(2, Sex.MALE, EthnicityCode.WBRI)
                    .member(9, Sex.MALE, EthnicityCode.WBRI).build();
            HouseholdProfile upToSix = household().range(ApprovalRange.upTo(3, 0, 6)).build();

            assertThat(rule.check(siblings, upToSix)).contains(new Exclusion(
                    "Age outside the approval range",
                    "Children aged 7 and 9 are outside the household's approved ages (0 to 6).",
                    "One or more of the children is older than the ages you are approved for (0 to 6)."));
        }

        @Test
        void theEdgesOfTheRangeAreInside() {
            HouseholdProfile twoToSix = household().range(ApprovalRange.oneChild(2, 6)).build();

            assertThat(rule.check(child().aged(2).build(), twoToSix)).isEmpty();
            assertThat(rule.check(child().aged(6).build(), twoToSix)).isEmpty();
        }
    }

    @Nested
    class SiblingGroupNotAcceptedTests {

        private final SiblingGroupNotAccepted rule = new SiblingGroupNotAccepted();

        @Test
        void aSiblingGroupIsExcludedByAHouseholdNotApprovedForOne() {
            ChildProfile brothers = group().member(1, Sex.MALE, EthnicityCode.WBRI).member(3, Sex.MALE, EthnicityCode.WBRI).build();
            HouseholdProfile noSiblings = household()
                    .range(new ApprovalRange(1, 2, 0, 6, EnumSet.of(Sex.MALE, Sex.FEMALE), false)).build();

            assertThat(rule.check(brothers, noSiblings)).contains(new Exclusion(
                    "Sibling group not in the approval",
                    "The search is for a sibling group of 2 to be placed together; the household is not approved for sibling groups.",
                    "This search is for brothers and sisters to be placed together; you are not approved for a sibling group."));
        }

        @Test
        void aSingleChildIsNotASiblingGroup() {
            HouseholdProfile noSiblings = household().range(ApprovalRange.oneChild(0, 6)).build();

            assertThat(rule.check(child().build(), noSiblings)).isEmpty();
        }
    }

    @Nested
    class NeedBeyondCapacityTests {

        private final NeedBeyondCapacity rule = new NeedBeyondCapacity();

        @Test
        void aNeedAboveTheHouseholdsLevelNamesTheAreaAndBothLevels() {
            ChildProfile child = child().need(NeedArea.LEARNING, NeedLevel.HIGH).build();
            HouseholdProfile household = household().capacity(NeedArea.LEARNING, NeedLevel.MEDIUM).build();

            assertThat(rule.check(child, household)).contains(new Exclusion(
                    "Need beyond the household's capacity",
                    "The child's learning needs are high and the household can meet up to medium.",
                    "The child's learning needs are beyond what you are approved to meet."));
        }

        @Test
        void everyAreaBeyondCapacityIsNamed() {
            ChildProfile child = child().need(NeedArea.TRAUMA_AND_ATTACHMENT, NeedLevel.MEDIUM)
                    .need(NeedArea.PHYSICAL_HEALTH, NeedLevel.HIGH).need(NeedArea.LEARNING, NeedLevel.LOW).build();
            HouseholdProfile household = household().capacity(NeedArea.TRAUMA_AND_ATTACHMENT, NeedLevel.LOW)
                    .capacity(NeedArea.PHYSICAL_HEALTH, null).build();

            assertThat(rule.check(child, household)).contains(new Exclusion(
                    "Need beyond the household's capacity",
                    "The child's physical health needs are high and the household is not approved for physical health needs at any level"
                            + " and the child's trauma and attachment needs are medium and the household can meet up to low.",
                    "The child's physical health and trauma and attachment needs are beyond what you are approved to meet."));
        }

        @Test
        void aNeedAtTheHouseholdsLevelIsMet() {
            ChildProfile child = child().need(NeedArea.LEARNING, NeedLevel.MEDIUM).build();

            assertThat(rule.check(child, household().build())).isEmpty();
        }
    }

    @Nested
    class SexNotAcceptedTests {

        private final SexNotAccepted rule = new SexNotAccepted();

        @Test
        void aBoyIsExcludedByAHouseholdApprovedForGirlsOnly() {
            HouseholdProfile girlsOnly = household()
                    .range(new ApprovalRange(1, 1, 0, 6, EnumSet.of(Sex.FEMALE), false)).build();

            assertThat(rule.check(child().sex(Sex.MALE).build(), girlsOnly)).contains(new Exclusion(
                    "Sex not in the approval",
                    "The child is a boy; the household is approved for girls only.",
                    "This search is for a boy; you are approved for girls only."));
        }

        @Test
        void aGroupWithAGirlIsExcludedByAHouseholdApprovedForBoysOnly() {
            ChildProfile siblings = group().member(1, Sex.MALE, EthnicityCode.WBRI).member(3, Sex.FEMALE, EthnicityCode.WBRI).build();
            HouseholdProfile boysOnly = household()
                    .range(new ApprovalRange(1, 2, 0, 6, EnumSet.of(Sex.MALE), true)).build();

            assertThat(rule.check(siblings, boysOnly)).contains(new Exclusion(
                    "Sex not in the approval",
                    "The group includes a girl; the household is approved for boys only.",
                    "This search is for a girl; you are approved for boys only."));
        }

        @Test
        void aChildWhoseSexIsNotRecordedIsNotExcluded() {
            HouseholdProfile girlsOnly = household()
                    .range(new ApprovalRange(1, 1, 0, 6, EnumSet.of(Sex.FEMALE), false)).build();

            assertThat(rule.check(child().sex(Sex.NOT_RECORDED).build(), girlsOnly)).isEmpty();
        }
    }

    @Test
    void noReasonForTheHouseholdNamesTheChildsAgeLevelsOrId() {
        ChildProfile child = child().aged(9).need(NeedArea.LEARNING, NeedLevel.HIGH).build();
        HouseholdProfile household = household().range(new ApprovalRange(2, 2, 0, 4, EnumSet.of(Sex.FEMALE), false))
                .capacity(NeedArea.LEARNING, NeedLevel.LOW).build();

        for (var rule : MatchingPolicies.hardRules()) {
            rule.check(child, household).ifPresent(exclusion -> assertThat(exclusion.forHousehold())
                    .doesNotContain("9", "high", "low", child.childIds().get(0).toString()));
        }
    }
}
