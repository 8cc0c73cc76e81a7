package org.hearth.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hearth.children.ChildId;
import org.junit.jupiter.api.Test;

/** The link from shortlist to placement: its steps in order, its dates, closing and what follows from the steps. */
class LinkTests {

    static final LocalDate SHORTLISTED = LocalDate.of(2026, 1, 5);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    static final ChildId CHILD = Profiles.childId(1);
    static final HouseholdProfile IN_HOUSE = Profiles.household().build();
    static final HouseholdProfile NORTH = Profiles.household().id(2)
            .from(Profiles.NORTH, HouseholdOrigin.OTHER_HUB_AGENCY).build();

    static Link shortlisted(HouseholdProfile household) {
        return Link.shortlist(LinkId.newId(), List.of(CHILD), household.id(), household.agency().id(),
                "adopt-london-east", "E09000016", null, SHORTLISTED, "ale.worker", CLOCK);
    }

    static Link linked() {
        Link link = shortlisted(IN_HOUSE);
        link.recordVisit(SHORTLISTED.plusDays(3), "First visit", "ale.worker", CLOCK);
        link.link(SHORTLISTED.plusDays(10), InterestFrom.HOUSEHOLD, null, "ale.worker", CLOCK);
        return link;
    }

    static Link recommended() {
        Link link = linked();
        link.recordChildAppreciationDay(SHORTLISTED.plusDays(20), HouseholdStatus.APPROVED, null, "ale.worker", CLOCK);
        link.proposeMatch(SHORTLISTED.plusDays(25), HouseholdStatus.APPROVED, null, "ale.worker", CLOCK);
        link.recordMatchingPanel(SHORTLISTED.plusDays(30), PanelRecommendation.RECOMMENDED, null, "ale.adviser", CLOCK);
        return link;
    }

    static Link inIntroductions(HouseholdProfile household) {
        Link link = shortlisted(household);
        link.link(SHORTLISTED.plusDays(10), InterestFrom.FAMILY_FINDER, null, "ale.worker", CLOCK);
        link.proposeMatch(SHORTLISTED.plusDays(25), HouseholdStatus.APPROVED, null, "ale.worker", CLOCK);
        link.recordMatchingPanel(SHORTLISTED.plusDays(30), PanelRecommendation.RECOMMENDED, null, "ale.adviser", CLOCK);
        link.recordMatchDecision(SHORTLISTED.plusDays(35), MatchDecision.AGREED, null, "havering.adm", CLOCK);
        link.startIntroductions(SHORTLISTED.plusDays(40), HouseholdStatus.APPROVED, null, "ale.worker", CLOCK);
        return link;
    }

    @Test
    void aShortlistedLinkIsOpenAtTheShortlistWithVisitsOrTheLinkNext() {
        Link link = shortlisted(IN_HOUSE);
        assertThat(link.currentStep()).isEqualTo(LinkStepType.SHORTLISTED);
        assertThat(link.status()).isEqualTo(LinkStatus.OPEN);
        assertThat(link.nextSteps()).containsExactly(LinkStepType.VISIT, LinkStepType.LINKED);
        assertThat(link.isLinkAgreed()).isFalse();
        assertThat(link.daysOpen(TODAY)).isEqualTo(56);
        assertThat(link.shortlistedBy()).isEqualTo("ale.worker");
    }

    @Test
    void aShortlistingInTheFutureIsRefused() {
        assertThatThrownBy(() -> Link.shortlist(LinkId.newId(), List.of(CHILD), IN_HOUSE.id(), "adopt-london-east",
                "adopt-london-east", "E09000016", null, TODAY.plusDays(1), "ale.worker", CLOCK))
            .isInstanceOf(LinkRuleBroken.class)
            .hasMessage("The shortlisting (3 March 2026) cannot be in the future: today is 2 March 2026");
    }

    @Test
    void aChildCannotBeInALinkTwice() {
        assertThatThrownBy(() -> Link.shortlist(LinkId.newId(), List.of(CHILD, CHILD), IN_HOUSE.id(), "a", "a",
                "E09000016", null, SHORTLISTED, "ale.worker", CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visitsMayBeManyAndTheLinkFollowsThem() {
        Link link = shortlisted(IN_HOUSE);
        link.recordVisit(SHORTLISTED.plusDays(1), "Met the household at home", "ale.worker", CLOCK);
        link.recordVisit(SHORTLISTED.plusDays(1), "Second visit the same day", "ale.worker", CLOCK);
        link.link(SHORTLISTED.plusDays(2), InterestFrom.FAMILY_FINDER, null, "ale.worker", CLOCK);
        assertThat(link.steps()).extracting(LinkStep::type).containsExactly(LinkStepType.SHORTLISTED,
                LinkStepType.VISIT, LinkStepType.VISIT, LinkStepType.LINKED);
        assertThat(link.isLinkAgreed()).isTrue();
        assertThat(link.latest(LinkStepType.LINKED).orElseThrow().outcomeWords()).contains("Interest from the family finder");
    }

    @Test
    void aStepBeforeThePreviousStepIsRefusedNamingBothDates() {
        Link link = shortlisted(IN_HOUSE);
        link.recordVisit(LocalDate.of(2026, 1, 20), null, "ale.worker", CLOCK);
        assertThatThrownBy(() -> link.link(LocalDate.of(2026, 1, 19), InterestFrom.HOUSEHOLD, null, "ale.worker", CLOCK))
            .isInstanceOf(LinkRuleBroken.class)
            .hasMessage("The link (19 January 2026) cannot be before the visit (20 January 2026)");
        assertThat(link.currentStep()).isEqualTo(LinkStepType.VISIT);
    }

    @Test
    void aStepInTheFutureIsRefused() {
        Link link = shortlisted(IN_HOUSE);
        assertThatThrownBy(() -> link.recordVisit(TODAY.plusDays(1), null, "ale.worker", CLOCK))
            .isInstanceOf(LinkRuleBroken.class)
            .hasMessage("The visit (3 March 2026) cannot be in the future: today is 2 March 2026");
    }

    @Test
    void aStepWithoutADateIsRefused() {
        Link link = shortlisted(IN_HOUSE);
        assertThatThrownBy(() -> link.recordVisit(null, null, "ale.worker", CLOCK))
            .isInstanceOf(LinkRuleBroken.class).hasMessage("Enter the date of the visit");
    }

    @Test
    void stepsComeInOrder() {
        Link link = shortlisted(IN_HOUSE);
        assertThatThrownBy(() -> link.proposeMatch(SHORTLISTED.plusDays(1), HouseholdStatus.APPROVED, null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class)
            .hasMessage("The proposed match cannot be recorded now: the link is at the shortlisting; next is the visit or the link");
        Link linked = linked();
        assertThatThrownBy(() -> linked.recordVisit(SHORTLISTED.plusDays(11), null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class);
        assertThatThrownBy(() -> linked.recordMatchingPanel(SHORTLISTED.plusDays(11), PanelRecommendation.RECOMMENDED, null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class);
    }

    @Test
    void theChildAppreciationDayMayBeLeftOut() {
        Link link = linked();
        link.proposeMatch(SHORTLISTED.plusDays(12), HouseholdStatus.APPROVED, null, "ale.worker", CLOCK);
        assertThat(link.currentStep()).isEqualTo(LinkStepType.PROPOSED_MATCH);
        assertThat(link.nextSteps()).containsExactly(LinkStepType.MATCHING_PANEL);
    }

    @Test
    void aHouseholdInStage2GoesNoFurtherThanLinked() {
        Link link = linked();
        assertThatThrownBy(() -> link.recordChildAppreciationDay(SHORTLISTED.plusDays(12), HouseholdStatus.IN_STAGE_2,
                null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class)
            .hasMessage("The household is in stage 2: the link cannot go past linked until the household is approved");
        assertThatThrownBy(() -> link.proposeMatch(SHORTLISTED.plusDays(12), HouseholdStatus.IN_STAGE_2, null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class);
        assertThat(link.currentStep()).isEqualTo(LinkStepType.LINKED);
    }

    @Test
    void aPanelThatDoesNotRecommendHoldsTheLinkUntilALaterPanelDoes() {
        Link link = linked();
        link.proposeMatch(SHORTLISTED.plusDays(12), HouseholdStatus.APPROVED, null, "w", CLOCK);
        link.recordMatchingPanel(SHORTLISTED.plusDays(20), PanelRecommendation.DEFERRED, "More on contact", "w", CLOCK);
        assertThat(link.status()).isEqualTo(LinkStatus.HELD_AT_PANEL);
        assertThat(link.isOpen()).isTrue();
        assertThat(link.nextSteps()).containsExactly(LinkStepType.MATCHING_PANEL);
        assertThatThrownBy(() -> link.recordMatchDecision(SHORTLISTED.plusDays(21), MatchDecision.AGREED, null, "adm", CLOCK))
            .isInstanceOf(LinkRuleBroken.class);
        link.recordMatchingPanel(SHORTLISTED.plusDays(48), PanelRecommendation.RECOMMENDED, null, "w", CLOCK);
        assertThat(link.status()).isEqualTo(LinkStatus.OPEN);
        assertThat(link.nextSteps()).containsExactly(LinkStepType.MATCH_DECISION);
    }

    @Test
    void aMatchNotAgreedClosesTheLink() {
        Link link = recommended();
        link.recordMatchDecision(SHORTLISTED.plusDays(33), MatchDecision.NOT_AGREED, "Contact plan unclear", "havering.adm", CLOCK);
        assertThat(link.status()).isEqualTo(LinkStatus.CLOSED);
        assertThat(link.closure().orElseThrow().reason()).isEqualTo(LinkCloseReason.MATCH_NOT_AGREED);
        assertThat(link.closure().orElseThrow().sharedWithHousehold()).isNotBlank();
        assertThat(link.nextSteps()).isEmpty();
        assertThat(link.daysOpen(TODAY)).isEqualTo(33);
    }

    @Test
    void anInHousePlacementCompletesTheLinkWithNoFee() {
        Link link = inIntroductions(IN_HOUSE);
        var placement = Placement.record(Profiles.child().build(), IN_HOUSE, SHORTLISTED.plusDays(50),
                InterAgencyFeeTable.defaults());
        link.place(placement, null, "ale.worker", CLOCK);
        assertThat(link.status()).isEqualTo(LinkStatus.PLACED);
        assertThat(link.isOpen()).isFalse();
        assertThat(link.placement().orElseThrow().kind()).isEqualTo(PlacementKind.IN_HOUSE);
        assertThat(link.placement().orElseThrow().feeDue().amount()).isEqualTo(Money.ZERO);
        assertThat(link.daysOpen(TODAY)).isEqualTo(50);
        assertThat(link.isOpenTooLong(TODAY, 30)).isFalse();
        assertThatThrownBy(() -> link.close(TODAY, LinkCloseReason.OTHER, "words", null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class).hasMessageContaining("the link is complete");
    }

    @Test
    void anotherAgencysHouseholdIsAnInterAgencyPlacementWithTheFee() {
        Link link = inIntroductions(NORTH);
        var placement = Placement.record(Profiles.child().build(), NORTH, SHORTLISTED.plusDays(50),
                InterAgencyFeeTable.defaults());
        link.place(placement, null, "ale.worker", CLOCK);
        assertThat(link.placement().orElseThrow().kind()).isEqualTo(PlacementKind.INTER_AGENCY);
        assertThat(link.placement().orElseThrow().feeDue().amount()).isEqualTo(Money.pounds(29_700));
    }

    @Test
    void aPlacementOfOtherChildrenIsRefused() {
        Link link = inIntroductions(IN_HOUSE);
        var placement = Placement.record(Profiles.child().ids(7).build(), IN_HOUSE, SHORTLISTED.plusDays(50),
                InterAgencyFeeTable.defaults());
        assertThatThrownBy(() -> link.place(placement, null, "w", CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlacementBeforeIntroductionsIsRefused() {
        Link link = recommended();
        var placement = Placement.record(Profiles.child().build(), IN_HOUSE, SHORTLISTED.plusDays(50),
                InterAgencyFeeTable.defaults());
        assertThatThrownBy(() -> link.place(placement, null, "w", CLOCK)).isInstanceOf(LinkRuleBroken.class);
    }

    @Test
    void aLinkClosesAtAnyOpenStepWithWordsForTheHouseholdAndCannotMoveOn() {
        Link link = linked();
        link.close(SHORTLISTED.plusDays(15), LinkCloseReason.HOUSEHOLD_WITHDREW,
                "You told us you wished to step back from this link.", "Family circumstances changed", "ale.worker", CLOCK);
        assertThat(link.status()).isEqualTo(LinkStatus.CLOSED);
        assertThat(link.closure().orElseThrow().internalNote()).isEqualTo("Family circumstances changed");
        assertThatThrownBy(() -> link.proposeMatch(SHORTLISTED.plusDays(16), HouseholdStatus.APPROVED, null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class).hasMessage("This link was closed on 20 January 2026: it cannot move on");
        assertThatThrownBy(() -> link.close(SHORTLISTED.plusDays(16), LinkCloseReason.OTHER, "again", null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class);
    }

    @Test
    void closingNeedsAReasonWordsForTheHouseholdAndADateNotBeforeTheLastStep() {
        Link link = linked();
        assertThatThrownBy(() -> link.close(TODAY, null, "words", null, "w", CLOCK)).isInstanceOf(LinkRuleBroken.class)
            .hasMessage("Select why the link is closed");
        assertThatThrownBy(() -> link.close(TODAY, LinkCloseReason.OTHER, " ", null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class).hasMessage("Enter the reason that can be shared with the household");
        assertThatThrownBy(() -> link.close(SHORTLISTED, LinkCloseReason.OTHER, "words", null, "w", CLOCK))
            .isInstanceOf(LinkRuleBroken.class)
            .hasMessage("Closing the link (5 January 2026) cannot be before the link (15 January 2026)");
        assertThat(link.isOpen()).isTrue();
    }

    @Test
    void aLinkOpenLongerThanTheSettingIsOpenTooLong() {
        Link link = shortlisted(IN_HOUSE);
        assertThat(link.isOpenTooLong(SHORTLISTED.plusDays(89), 90)).isFalse();
        assertThat(link.isOpenTooLong(SHORTLISTED.plusDays(90), 90)).isTrue();
    }

    @Test
    void aStoredLinkWhosePlacementDisagreesWithItsStepsIsRefused() {
        Link link = linked();
        var placement = Placement.record(Profiles.child().build(), IN_HOUSE, SHORTLISTED.plusDays(50),
                InterAgencyFeeTable.defaults());
        assertThatThrownBy(() -> Link.restore(link.id(), link.children(), link.household(), link.householdAgencyId(),
                link.searchingAgencyId(), link.boroughCode(), null, link.steps(), null, placement, 1))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
