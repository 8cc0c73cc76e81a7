package org.hearth.children;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.hearth.children.Journeys.TODAY;
import static org.hearth.children.Journeys.on;
import static org.hearth.children.ReasonAdoptionNoLongerThePlan.RD1;
import static org.hearth.children.ReasonAdoptionNoLongerThePlan.RD2;
import static org.hearth.children.ReasonAdoptionNoLongerThePlan.RD3;
import static org.hearth.children.ReasonAdoptionNoLongerThePlan.RD4;

/**
 * The tracker stage is derived from the journey's events by the table of the annual report; the
 * first rule that holds wins.
 */
class TrackerStageTests {

    @Test
    void stagesCarryTheAnnualReportLabels() {
        assertThat(Arrays.stream(TrackerStage.values()).map(TrackerStage::label)).containsExactly(
                "Unborn baby", "Early monitor", "Parallel planning", "ADM", "Family finding", "Progress to match",
                "Matched/placed", "Adopted", "Adoption no longer the plan");
    }

    // one test for each stage

    @Test
    void childNotYetBornIsAnUnbornBaby() {
        Journey journey = Journeys.unbornChild(on("1 July 2026")).with(EARLY_MONITORING, "1 March 2026").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.UNBORN_BABY);
    }

    @Test
    void childInEarlyMonitoringIsAnEarlyMonitor() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").with(EARLY_MONITORING, "20 January 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.EARLY_MONITOR);
    }

    @Test
    void childInParallelPlanningIsInParallelPlanning() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").with(PARALLEL_PLANNING, "3 February 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PARALLEL_PLANNING);
    }

    @Test
    void childWithAShouldBePlacedDecisionIsAtADM() {
        Journey journey = Journeys.childToBePlaced().build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADM);
    }

    @Test
    void childWithFamilyFindingStartedIsInFamilyFinding() {
        Journey journey = Journeys.childToBePlaced().with(FAMILY_FINDING_STARTED, "7 July 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.FAMILY_FINDING);
    }

    @Test
    void linkedChildIsInProgressToMatch() {
        Journey journey = Journeys.childToBePlaced()
                .with(FAMILY_FINDING_STARTED, "7 July 2025")
                .with(LINKED, "1 September 2025")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PROGRESS_TO_MATCH);
    }

    @Test
    void placedChildIsMatchedPlaced() {
        Journey journey = Journeys.placedChild().build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.MATCHED_PLACED);
    }

    @Test
    void childWithAnAdoptionOrderIsAdopted() {
        Journey journey = Journeys.adoptedChild().build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTED);
    }

    @Test
    void childForWhomAdoptionIsNoLongerThePlanIsCountedSo() {
        Journey journey = Journeys.childToBePlaced().noLongerThePlan("1 March 2026", RD2).build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTION_NO_LONGER_THE_PLAN);
    }

    // what else counts towards a stage

    @Test
    void bornChildWithNoEventsIsAnEarlyMonitor() {
        Journey journey = Journeys.child().build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.EARLY_MONITOR);
    }

    @Test
    void childWithOnlyEnteredCareIsAnEarlyMonitor() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.EARLY_MONITOR);
    }

    @Test
    void childsPermanenceReportCountsAsParallelPlanning() {
        Journey journey = Journeys.child().with(CHILDS_PERMANENCE_REPORT, "1 April 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PARALLEL_PLANNING);
    }

    @Test
    void unbornBabyInParallelPlanningIsAnUnbornBaby() {
        Journey journey = Journeys.unbornChild(on("1 July 2026")).with(PARALLEL_PLANNING, "1 April 2026").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.UNBORN_BABY);
    }

    @Test
    void unbornBabyForWhomAdoptionIsNoLongerThePlanIsCountedSo() {
        Journey journey = Journeys.unbornChild(on("1 July 2026"))
                .with(PARALLEL_PLANNING, "1 April 2026")
                .noLongerThePlan("1 May 2026", RD4)
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTION_NO_LONGER_THE_PLAN);
    }

    @Test
    void childIsAnUnbornBabyOnDaysBeforeTheBirth() {
        Journey journey = Journeys.child().with(PARALLEL_PLANNING, "1 December 2023").build();

        assertThat(journey.stageOn(on("9 January 2024"))).isEqualTo(TrackerStage.UNBORN_BABY);
        assertThat(journey.stageOn(on("10 January 2024"))).isEqualTo(TrackerStage.PARALLEL_PLANNING);
    }

    @Test
    void placementOrderCountsAsFamilyFinding() {
        Journey journey = Journeys.childToBePlaced().with(PLACEMENT_ORDER, "1 July 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.FAMILY_FINDING);
    }

    @Test
    void matchingPanelCountsAsProgressToMatch() {
        Journey journey = Journeys.childToBePlaced().with(MATCHING_PANEL, "1 October 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PROGRESS_TO_MATCH);
    }

    @Test
    void matchDecisionCountsAsMatchedPlaced() {
        Journey journey = Journeys.linkedChild().with(MATCH_DECISION, "8 October 2025").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.MATCHED_PLACED);
    }

    @Test
    void earlyPermanencePlacementAloneDoesNotMoveTheStage() {
        Journey journey = Journeys.child()
                .with(ENTERED_CARE, "6 January 2025")
                .with(PARALLEL_PLANNING, "6 January 2025")
                .with(EARLY_PERMANENCE_PLACEMENT, "8 January 2025")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PARALLEL_PLANNING);
    }

    @Test
    void adoptionNoLongerThePlanComesFirstEvenForAPlacedChild() {
        Journey journey = Journeys.placedChild().noLongerThePlan("1 February 2026", RD1).build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTION_NO_LONGER_THE_PLAN);
    }

    @Test
    void adoptedChildStaysAdoptedAfterADisruptionAfterTheOrder() {
        Journey journey = Journeys.adoptedChild().with(DISRUPTION_AFTER_ORDER, "20 May 2026").build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTED);
    }

    // the stage on a past day

    @Test
    void stageOnAPastDayCountsOnlyTheEventsUpToThatDay() {
        Journey journey = Journeys.adoptedChild().build();

        assertThat(journey.stageOn(on("31 March 2025"))).isEqualTo(TrackerStage.PARALLEL_PLANNING);
        assertThat(journey.stageOn(on("1 May 2025"))).isEqualTo(TrackerStage.ADM);
        assertThat(journey.stageOn(on("1 July 2025"))).isEqualTo(TrackerStage.FAMILY_FINDING);
        assertThat(journey.stageOn(on("7 October 2025"))).isEqualTo(TrackerStage.PROGRESS_TO_MATCH);
        assertThat(journey.stageOn(on("8 October 2025"))).isEqualTo(TrackerStage.MATCHED_PLACED);
        assertThat(journey.stageOn(on("19 April 2026"))).isEqualTo(TrackerStage.MATCHED_PLACED);
        assertThat(journey.stageOn(on("20 April 2026"))).isEqualTo(TrackerStage.ADOPTED);
    }

    // reinstatement

    @Test
    void laterShouldBePlacedDecisionReinstatesAdoptionAndEarlierEventsNoLongerCount() {
        Journey journey = Journeys.childToBePlaced()
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(FAMILY_FINDING_STARTED, "7 July 2025")
                .with(LINKED, "1 September 2025")
                .noLongerThePlan("1 December 2025", RD3)
                .with(SHOULD_BE_PLACED_DECISION, "1 March 2026")
                .build();

        assertThat(journey.stageOn(on("1 February 2026"))).isEqualTo(TrackerStage.ADOPTION_NO_LONGER_THE_PLAN);
        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADM);
    }

    @Test
    void eventsAfterTheReinstatingDecisionCount() {
        Journey journey = Journeys.childToBePlaced()
                .noLongerThePlan("1 December 2025", RD3)
                .with(SHOULD_BE_PLACED_DECISION, "1 March 2026")
                .with(FAMILY_FINDING_STARTED, "2 March 2026")
                .with(LINKED, "1 April 2026")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PROGRESS_TO_MATCH);
    }

    @Test
    void shouldBePlacedDecisionOnTheSameDayDoesNotReinstateAdoption() {
        Journey journey = Journeys.childToBePlaced()
                .noLongerThePlan("1 December 2025", RD3)
                .with(SHOULD_BE_PLACED_DECISION, "1 December 2025")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTION_NO_LONGER_THE_PLAN);
    }

    @Test
    void theLatestNoLongerThePlanDecides() {
        Journey journey = Journeys.childToBePlaced()
                .noLongerThePlan("1 December 2025", RD3)
                .with(SHOULD_BE_PLACED_DECISION, "1 March 2026")
                .noLongerThePlan("1 May 2026", RD1)
                .build();

        assertThat(journey.stageOn(on("1 April 2026"))).isEqualTo(TrackerStage.ADM);
        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.ADOPTION_NO_LONGER_THE_PLAN);
    }

    // disruptions

    @Test
    void disruptionBeforeTheOrderEndsMatchedPlacedAndProgressToMatch() {
        Journey journey = Journeys.placedChild().with(DISRUPTION_BEFORE_ORDER, "1 December 2025").build();

        assertThat(journey.stageOn(on("30 November 2025"))).isEqualTo(TrackerStage.MATCHED_PLACED);
        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.FAMILY_FINDING);
    }

    @Test
    void disruptionOfAnEarlyPermanencePlacementIsFamilyFinding() {
        Journey journey = Journeys.child()
                .with(ENTERED_CARE, "6 January 2025")
                .with(PARALLEL_PLANNING, "6 January 2025")
                .with(EARLY_PERMANENCE_PLACEMENT, "8 January 2025")
                .with(DISRUPTION_BEFORE_ORDER, "1 March 2025")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.FAMILY_FINDING);
    }

    @Test
    void newLinkAfterADisruptionIsProgressToMatch() {
        Journey journey = Journeys.placedChild()
                .with(DISRUPTION_BEFORE_ORDER, "1 December 2025")
                .with(LINKED, "5 January 2026")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.PROGRESS_TO_MATCH);
    }

    @Test
    void newMatchAfterADisruptionIsMatchedPlaced() {
        Journey journey = Journeys.placedChild()
                .with(DISRUPTION_BEFORE_ORDER, "1 December 2025")
                .with(LINKED, "5 January 2026")
                .with(MATCHING_PANEL, "2 February 2026")
                .with(MATCH_DECISION, "9 February 2026")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.MATCHED_PLACED);
    }

    @Test
    void disruptionOnTheDayOfAPlacementEndsIt() {
        Journey journey = Journeys.linkedChild()
                .with(MATCH_DECISION, "8 October 2025")
                .with(PLACED_FOR_ADOPTION, "3 November 2025")
                .with(DISRUPTION_BEFORE_ORDER, "3 November 2025")
                .build();

        assertThat(journey.stageOn(TODAY)).isEqualTo(TrackerStage.FAMILY_FINDING);
    }

    @Test
    void stageIsTheSameWhateverOrderTheEventsAreGivenIn() {
        Journey journey = Journeys.adoptedChild().build();
        List<JourneyEvent> backwards = new ArrayList<>(journey.effectiveEvents());
        Collections.reverse(backwards);

        assertThat(TrackerStagePolicy.stageOn(backwards, journey.birth(), on("8 October 2025")))
                .isEqualTo(TrackerStage.MATCHED_PLACED);
        assertThat(TrackerStagePolicy.stageOn(backwards, journey.birth(), TODAY))
                .isEqualTo(TrackerStage.ADOPTED);
    }
}
