package org.hearth.children;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN;
import static org.hearth.children.JourneyEventType.ADOPTION_ORDER;
import static org.hearth.children.JourneyEventType.ADOPTION_ORDER_APPLICATION;
import static org.hearth.children.JourneyEventType.CHILDS_PERMANENCE_REPORT;
import static org.hearth.children.JourneyEventType.DISRUPTION_AFTER_ORDER;
import static org.hearth.children.JourneyEventType.DISRUPTION_BEFORE_ORDER;
import static org.hearth.children.JourneyEventType.EARLY_MONITORING;
import static org.hearth.children.JourneyEventType.EARLY_PERMANENCE_PLACEMENT;
import static org.hearth.children.JourneyEventType.ENTERED_CARE;
import static org.hearth.children.JourneyEventType.FAMILY_FINDING_STARTED;
import static org.hearth.children.JourneyEventType.LINKED;
import static org.hearth.children.JourneyEventType.MATCHING_PANEL;
import static org.hearth.children.JourneyEventType.MATCH_DECISION;
import static org.hearth.children.JourneyEventType.PARALLEL_PLANNING;
import static org.hearth.children.JourneyEventType.PLACED_FOR_ADOPTION;
import static org.hearth.children.JourneyEventType.PLACEMENT_ORDER;
import static org.hearth.children.JourneyEventType.SHOULD_BE_PLACED_DECISION;
import static org.hearth.children.Journeys.WORKER;
import static org.hearth.children.Journeys.clock;
import static org.hearth.children.Journeys.on;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The order rules of a child's journey: each wrong order is refused with a message naming both
 * events and both dates, and leaves the journey as it was.
 */
class JourneyRulesTests {

    // no date in the future

    @Test
    void eventDatedAfterTodayIsRejected() {
        Journey journey = Journeys.childToBePlaced().build();

        assertThat(refusal(journey, PLACEMENT_ORDER, "2 June 2026"))
                .containsExactly("The placement order (2 June 2026) cannot be in the future: today is 1 June 2026");
    }

    @Test
    void eventDatedTodayIsAccepted() {
        Journey journey = Journeys.childToBePlaced().build();

        journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 June 2026")), WORKER, clock());

        assertThat(journey.placementOrder()).contains(on("1 June 2026"));
    }

    // date of birth

    @Test
    void enteringCareBeforeTheDateOfBirthIsRejected() {
        Journey journey = Journeys.child().build();

        assertThat(refusal(journey, ENTERED_CARE, "9 January 2024"))
                .containsExactly("Entering care (9 January 2024) cannot be before the child's date of birth (10 January 2024)");
    }

    @Test
    void shouldBePlacedDecisionForAnUnbornChildIsRejected() {
        Journey journey = Journeys.unbornChild(on("1 July 2026")).build();

        assertThat(refusal(journey, SHOULD_BE_PLACED_DECISION, "1 May 2026"))
                .containsExactly("The should be placed for adoption decision (1 May 2026) cannot be recorded before "
                        + "the child is born (expected 1 July 2026)");
    }

    @Test
    void planningForAnUnbornChildIsAccepted() {
        Journey journey = Journeys.unbornChild(on("1 July 2026"))
                .with(EARLY_MONITORING, "1 March 2026")
                .with(PARALLEL_PLANNING, "1 April 2026")
                .with(CHILDS_PERMANENCE_REPORT, "1 May 2026")
                .noLongerThePlan("20 May 2026", ReasonAdoptionNoLongerThePlan.RD4)
                .build();

        assertThat(journey.effectiveEvents()).hasSize(4);
    }

    // the "should be placed for adoption" decision comes first

    @Test
    void placementOrderBeforeShouldBePlacedDecisionIsRejected() {
        Journey journey = Journeys.childInParallelPlanning().with(SHOULD_BE_PLACED_DECISION, "5 March 2026").build();

        assertThat(refusal(journey, PLACEMENT_ORDER, "4 March 2026"))
                .containsExactly("The placement order (4 March 2026) cannot be before the should be placed for adoption decision (5 March 2026)");
    }

    @Test
    void shouldBePlacedDecisionAfterThePlacementOrderIsRejectedWhicheverIsRecordedFirst() {
        Journey journey = Journeys.childInParallelPlanning().with(PLACEMENT_ORDER, "4 March 2026").build();

        assertThat(refusal(journey, SHOULD_BE_PLACED_DECISION, "5 March 2026"))
                .containsExactly("The placement order (4 March 2026) cannot be before the should be placed for adoption decision (5 March 2026)");
    }

    @Test
    void matchDecisionBeforeShouldBePlacedDecisionIsRejected() {
        Journey journey = Journeys.childInParallelPlanning().with(SHOULD_BE_PLACED_DECISION, "5 March 2026").build();

        assertThat(refusal(journey, MATCH_DECISION, "4 March 2026"))
                .containsExactly("The match decision (4 March 2026) cannot be before the should be placed for adoption decision (5 March 2026)");
    }

    @Test
    void placementForAdoptionBeforeShouldBePlacedDecisionIsRejected() {
        Journey journey = Journeys.childInParallelPlanning().with(SHOULD_BE_PLACED_DECISION, "5 March 2026").build();

        assertThat(refusal(journey, PLACED_FOR_ADOPTION, "4 March 2026"))
                .containsExactly("The placement for adoption (4 March 2026) cannot be before the should be placed for adoption decision (5 March 2026)");
    }

    @Test
    void placementOrderBeforeAReinstatingDecisionIsRejected() {
        Journey journey = Journeys.childToBePlaced()
                .noLongerThePlan("1 June 2025", ReasonAdoptionNoLongerThePlan.RD2)
                .with(SHOULD_BE_PLACED_DECISION, "1 September 2025")
                .build();

        assertThat(refusal(journey, PLACEMENT_ORDER, "1 August 2025"))
                .containsExactly("The placement order (1 August 2025) cannot be before the should be placed for adoption decision (1 September 2025)");
    }

    // family finding, link, panel, match, placement

    @Test
    void familyFindingBeforeAdoptionWasConsideredIsRejected() {
        Journey journey = Journeys.child()
                .with(ENTERED_CARE, "6 January 2025")
                .with(EARLY_MONITORING, "20 January 2025")
                .build();

        assertThat(refusal(journey, FAMILY_FINDING_STARTED, "19 January 2025"))
                .containsExactly("The start of family finding (19 January 2025) cannot be before the start of early monitoring (20 January 2025)");
    }

    @Test
    void familyFindingBeforeTheShouldBePlacedDecisionIsAcceptedInParallelPlanning() {
        Journey journey = Journeys.childInParallelPlanning().build();

        journey.record(JourneyEvent.of(FAMILY_FINDING_STARTED, on("10 April 2025")), WORKER, clock());
        journey.record(JourneyEvent.of(SHOULD_BE_PLACED_DECISION, on("1 May 2025")), WORKER, clock());

        assertThat(journey.dateOf(FAMILY_FINDING_STARTED)).contains(on("10 April 2025"));
    }

    @Test
    void linkBeforeFamilyFindingStartedIsRejected() {
        Journey journey = Journeys.childToBePlaced()
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(FAMILY_FINDING_STARTED, "7 July 2025")
                .build();

        assertThat(refusal(journey, LINKED, "6 July 2025"))
                .containsExactly("The link (6 July 2025) cannot be before the start of family finding (7 July 2025)");
    }

    @Test
    void matchingPanelBeforeTheLinkIsRejected() {
        Journey journey = Journeys.childToBePlaced()
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(FAMILY_FINDING_STARTED, "7 July 2025")
                .with(LINKED, "1 September 2025")
                .build();

        assertThat(refusal(journey, MATCHING_PANEL, "31 August 2025"))
                .containsExactly("The matching panel (31 August 2025) cannot be before the link (1 September 2025)");
    }

    @Test
    void matchDecisionBeforeTheMatchingPanelIsRejected() {
        Journey journey = Journeys.linkedChild().build();

        assertThat(refusal(journey, MATCH_DECISION, "30 September 2025"))
                .containsExactly("The match decision (30 September 2025) cannot be before the matching panel (1 October 2025)");
    }

    @Test
    void matchDecisionWithoutAMatchingPanelIsAccepted() {
        Journey journey = Journeys.childToBePlaced().with(LINKED, "1 September 2025").build();

        journey.record(JourneyEvent.of(MATCH_DECISION, on("5 September 2025")), WORKER, clock());

        assertThat(journey.matchDecision()).contains(on("5 September 2025"));
    }

    @Test
    void placementForAdoptionBeforeTheMatchDecisionIsRejected() {
        Journey journey = Journeys.linkedChild().with(MATCH_DECISION, "8 October 2025").build();

        assertThat(refusal(journey, PLACED_FOR_ADOPTION, "7 October 2025"))
                .containsExactly("The placement for adoption (7 October 2025) cannot be before the match decision (8 October 2025)");
    }

    @Test
    void aNewMatchAfterADisruptionIsComparedWithTheNewMatchingPanel() {
        Journey journey = Journeys.placedChild()
                .with(DISRUPTION_BEFORE_ORDER, "1 December 2025")
                .with(LINKED, "5 January 2026")
                .with(MATCHING_PANEL, "2 February 2026")
                .build();

        assertThat(refusal(journey, MATCH_DECISION, "1 February 2026"))
                .containsExactly("The match decision (1 February 2026) cannot be before the matching panel (2 February 2026)");
    }

    // early permanence

    @Test
    void earlyPermanencePlacementBeforeEnteringCareIsRejected() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").build();

        assertThat(refusal(journey, EARLY_PERMANENCE_PLACEMENT, "5 January 2025"))
                .containsExactly("The fostering for adoption or concurrent placement (5 January 2025) cannot be before entering care (6 January 2025)");
    }

    @Test
    void earlyPermanencePlacementBeforeTheDecisionPlacementOrderAndMatchIsAccepted() {
        Journey journey = Journeys.child()
                .with(ENTERED_CARE, "6 January 2025")
                .with(PARALLEL_PLANNING, "6 January 2025")
                .with(EARLY_PERMANENCE_PLACEMENT, "8 January 2025")
                .with(SHOULD_BE_PLACED_DECISION, "1 May 2025")
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(MATCH_DECISION, "8 July 2025")
                .with(PLACED_FOR_ADOPTION, "9 July 2025")
                .build();

        assertThat(journey.earlyPermanencePlacement()).contains(on("8 January 2025"));
        assertThat(journey.placedForAdoption()).contains(on("9 July 2025"));
    }

    // adoption order application and order

    @Test
    void applicationBeforeTenWeeksLivingWithTheAdoptersIsRejected() {
        Journey journey = Journeys.placedChild().build();

        assertThat(refusal(journey, ADOPTION_ORDER_APPLICATION, "11 January 2026"))
                .containsExactly("The adoption order application (11 January 2026) cannot be before the child has lived "
                        + "with the adopters for 10 weeks since the placement for adoption (3 November 2025): "
                        + "the earliest date is 12 January 2026");
    }

    @Test
    void applicationTenWeeksAfterThePlacementIsAccepted() {
        Journey journey = Journeys.placedChild().build();

        journey.record(JourneyEvent.of(ADOPTION_ORDER_APPLICATION, on("12 January 2026")), WORKER, clock());

        assertThat(journey.dateOf(ADOPTION_ORDER_APPLICATION)).contains(on("12 January 2026"));
    }

    @Test
    void theWeeksBeforeAnApplicationCountFromTheEarlyPermanencePlacement() {
        Journey journey = Journeys.child()
                .with(ENTERED_CARE, "6 January 2025")
                .with(PARALLEL_PLANNING, "6 January 2025")
                .with(EARLY_PERMANENCE_PLACEMENT, "8 January 2025")
                .with(SHOULD_BE_PLACED_DECISION, "1 May 2025")
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(MATCH_DECISION, "8 July 2025")
                .with(PLACED_FOR_ADOPTION, "9 July 2025")
                .build();

        journey.record(JourneyEvent.of(ADOPTION_ORDER_APPLICATION, on("10 July 2025")), WORKER, clock());

        assertThat(journey.dateOf(ADOPTION_ORDER_APPLICATION)).contains(on("10 July 2025"));
    }

    @Test
    void theWeeksBeforeAnApplicationAreASetting() {
        Journey journey = Journeys.placedChild().settings(new JourneySettings(12)).build();

        assertThat(refusal(journey, ADOPTION_ORDER_APPLICATION, "12 January 2026"))
                .containsExactly("The adoption order application (12 January 2026) cannot be before the child has lived "
                        + "with the adopters for 12 weeks since the placement for adoption (3 November 2025): "
                        + "the earliest date is 26 January 2026");
    }

    @Test
    void applicationWithoutAPlacementIsRejected() {
        Journey journey = Journeys.childToBePlaced().build();

        assertThat(refusal(journey, ADOPTION_ORDER_APPLICATION, "1 March 2026"))
                .containsExactly("The adoption order application (1 March 2026) needs the child to be placed for adoption first");
    }

    @Test
    void adoptionOrderBeforeTheApplicationIsRejected() {
        Journey journey = Journeys.placedChild().with(ADOPTION_ORDER_APPLICATION, "19 January 2026").build();

        assertThat(refusal(journey, ADOPTION_ORDER, "18 January 2026"))
                .containsExactly("The adoption order (18 January 2026) cannot be before the adoption order application (19 January 2026)");
    }

    @Test
    void adoptionOrderWithoutAPlacementForAdoptionIsRejected() {
        Journey journey = Journeys.childToBePlaced().build();

        assertThat(refusal(journey, ADOPTION_ORDER, "1 March 2026"))
                .containsExactly("The adoption order (1 March 2026) needs the child to have been placed for adoption "
                        + "before it, and no placement for adoption is recorded");
    }

    @Test
    void adoptionOrderBeforeThePlacementForAdoptionIsRejected() {
        Journey journey = Journeys.placedChild().build();

        assertThat(refusal(journey, ADOPTION_ORDER, "2 November 2025"))
                .containsExactly("The adoption order (2 November 2025) cannot be before the placement for adoption (3 November 2025)");
    }

    @Test
    void adoptionOrderAfterADisruptedPlacementIsRejected() {
        Journey journey = Journeys.placedChild().with(DISRUPTION_BEFORE_ORDER, "1 December 2025").build();

        assertThat(refusal(journey, ADOPTION_ORDER, "1 March 2026"))
                .containsExactly("The adoption order (1 March 2026) needs the child to have been placed for adoption "
                        + "before it, and no placement for adoption is recorded since the disruption before the "
                        + "adoption order (1 December 2025)");
    }

    @Test
    void aSecondAdoptionOrderIsRejected() {
        Journey journey = Journeys.adoptedChild().build();

        assertThat(refusal(journey, ADOPTION_ORDER, "20 April 2026"))
                .containsExactly("There is already the adoption order (20 April 2026): the adoption order (20 April 2026) "
                        + "cannot be recorded as well; correct the entry instead");
    }

    @Test
    void eventsAfterTheAdoptionOrderAreRejected() {
        Journey journey = Journeys.adoptedChild().build();

        assertThat(refusal(journey, LINKED, "1 May 2026"))
                .containsExactly("The link (1 May 2026) cannot be after the adoption order (20 April 2026): the adoption order ends the journey");
    }

    // disruptions

    @Test
    void disruptionBeforeTheOrderWithoutAPlacementIsRejected() {
        Journey journey = Journeys.linkedChild().build();

        assertThat(refusal(journey, DISRUPTION_BEFORE_ORDER, "1 November 2025"))
                .containsExactly("The disruption before the adoption order (1 November 2025) needs a placement for adoption, "
                        + "or a fostering for adoption or concurrent placement, before it");
    }

    @Test
    void disruptionBeforeThePlacementIsRejected() {
        Journey journey = Journeys.placedChild().build();

        assertThat(refusal(journey, DISRUPTION_BEFORE_ORDER, "2 November 2025"))
                .containsExactly("The disruption before the adoption order (2 November 2025) cannot be before the placement for adoption (3 November 2025)");
    }

    @Test
    void disruptionBeforeTheOrderDatedAfterTheOrderIsRejected() {
        Journey journey = Journeys.adoptedChild().build();

        assertThat(refusal(journey, DISRUPTION_BEFORE_ORDER, "20 April 2026"))
                .containsExactly("The disruption before the adoption order (20 April 2026) must be before the adoption order "
                        + "(20 April 2026): record a disruption after the adoption order instead");
    }

    @Test
    void disruptionAfterTheOrderDatedBeforeTheOrderIsRejected() {
        Journey journey = Journeys.adoptedChild().build();

        assertThat(refusal(journey, DISRUPTION_AFTER_ORDER, "19 April 2026"))
                .containsExactly("The disruption after the adoption order (19 April 2026) cannot be before the adoption order (20 April 2026)");
    }

    @Test
    void disruptionAfterTheOrderWithoutAnOrderIsRejected() {
        Journey journey = Journeys.placedChild().build();

        assertThat(refusal(journey, DISRUPTION_AFTER_ORDER, "1 March 2026"))
                .containsExactly("The disruption after the adoption order (1 March 2026) needs an adoption order, and none is recorded");
    }

    @Test
    void disruptionAfterTheOrderIsAccepted() {
        Journey journey = Journeys.adoptedChild().build();

        journey.record(JourneyEvent.of(DISRUPTION_AFTER_ORDER, on("20 May 2026")), WORKER, clock());

        assertThat(journey.dateOf(DISRUPTION_AFTER_ORDER)).contains(on("20 May 2026"));
    }

    // adoption no longer the plan

    @Test
    void adoptionNoLongerThePlanWithoutAReasonIsRejected() {
        Journey journey = Journeys.childToBePlaced().build();

        assertThat(refusal(journey, ADOPTION_NO_LONGER_THE_PLAN, "1 March 2026"))
                .containsExactly("The decision that adoption is no longer the plan (1 March 2026) needs a reason: RD1, RD2, RD3 or RD4");
    }

    @Test
    void adoptionNoLongerThePlanKeepsItsReason() {
        Journey journey = Journeys.childToBePlaced().build();

        journey.record(JourneyEvent.adoptionNoLongerThePlan(on("1 March 2026"), ReasonAdoptionNoLongerThePlan.RD3),
                WORKER, clock());

        assertThat(journey.latest(ADOPTION_NO_LONGER_THE_PLAN).flatMap(JourneyEvent::reason))
                .contains(ReasonAdoptionNoLongerThePlan.RD3);
    }

    @Test
    void onlyAdoptionNoLongerThePlanTakesAReason() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new JourneyEvent(LINKED, on("1 March 2026"), java.util.Optional.of(ReasonAdoptionNoLongerThePlan.RD1)));

        assertThat(refused).hasMessage("Linked does not take a reason code; only \"Adoption no longer the plan\" does");
    }

    /**
     * Records the event, expects it to be refused, checks the journey did not change and gives the
     * messages.
     */
    private static List<String> refusal(Journey journey, JourneyEventType type, String date) {
        List<JourneyEntry> before = journey.entries();
        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.record(JourneyEvent.of(type, on(date)), WORKER, clock()));
        assertThat(journey.entries()).isEqualTo(before);
        assertThat(journey.domainEvents()).isEmpty();
        return refused.messages();
    }
}
