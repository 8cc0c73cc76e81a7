package org.hearth.children;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.JourneyEventType.CONSENT_TO_PLACEMENT;
import static org.hearth.children.JourneyEventType.ENTERED_CARE;
import static org.hearth.children.JourneyEventType.FOSTERED_BY_THE_ADOPTERS;
import static org.hearth.children.JourneyEventType.MATCH_DECISION;
import static org.hearth.children.JourneyEventType.PLACED_FOR_ADOPTION;
import static org.hearth.children.JourneyEventType.PLACEMENT_ORDER;
import static org.hearth.children.JourneyEventType.SHOULD_BE_PLACED_DECISION;
import static org.hearth.children.Journeys.WORKER;
import static org.hearth.children.Journeys.clock;
import static org.hearth.children.Journeys.on;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The journey's rules for consent to placement (section 19), recorded apart from a placement order,
 * and for a child adopted by their foster carers, recorded with the day the fostering placement
 * began.
 */
class AuthorityAndFosterCarerRulesTests {

    @Test
    void consentToPlacementBeforeTheShouldBePlacedDecisionIsRejectedNamingBothDates() {
        Journey journey = Journeys.childToBePlaced().build();

        assertThat(refusal(journey, CONSENT_TO_PLACEMENT, "30 April 2025"))
                .containsExactly("The consent to placement (30 April 2025) cannot be before the should be placed for adoption decision (1 May 2025)");
    }

    @Test
    void consentToPlacementIsKeptApartFromAPlacementOrder() {
        Journey journey = Journeys.childToBePlaced().with(CONSENT_TO_PLACEMENT, "12 May 2025").build();

        assertThat(journey.placementOrder()).isEmpty();
        assertThat(journey.dateOf(CONSENT_TO_PLACEMENT)).contains(on("12 May 2025"));
        assertThat(CONSENT_TO_PLACEMENT.givesAuthorityToPlace()).isTrue();
        assertThat(PLACEMENT_ORDER.label()).isEqualTo("Placement order");
    }

    @Test
    void aChildPlacedWithConsentIsInFamilyFindingAsWithAPlacementOrder() {
        Journey journey = Journeys.childToBePlaced().with(CONSENT_TO_PLACEMENT, "12 May 2025").build();

        assertThat(journey.stageOn(on("1 June 2026")))
                .isEqualTo(TrackerStage.FAMILY_FINDING);
    }

    @Test
    void theFosteringPlacementWithTheAdoptersBeforeEnteringCareIsRejectedNamingBothDates() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").build();

        assertThat(refusal(journey, FOSTERED_BY_THE_ADOPTERS, "5 January 2025"))
                .containsExactly("The start of the fostering placement with the carers who are adopting (5 January 2025) cannot be before entering care (6 January 2025)");
    }

    @Test
    void aPlacementForAdoptionBeforeTheFosteringPlacementWithTheAdoptersBeganIsRejectedNamingBothDates() {
        Journey journey = Journeys.childToBePlaced()
                .with(FOSTERED_BY_THE_ADOPTERS, "1 June 2025")
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(MATCH_DECISION, "1 August 2025")
                .build();

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class, () -> Journeys.childToBePlaced()
                .with(FOSTERED_BY_THE_ADOPTERS, "1 September 2025")
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(MATCH_DECISION, "1 August 2025")
                .with(PLACED_FOR_ADOPTION, "15 August 2025")
                .build());
        assertThat(refused.messages()).containsExactly(
                "The placement for adoption (15 August 2025) cannot be before the start of the fostering placement with the carers who are adopting (1 September 2025)");
        journey.record(JourneyEvent.of(PLACED_FOR_ADOPTION, on("15 August 2025")), WORKER, clock());
        assertThat(journey.placedForAdoption()).contains(on("15 August 2025"));
    }

    private static List<String> refusal(Journey journey, JourneyEventType type, String date) {
        List<JourneyEntry> before = journey.entries();
        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.record(JourneyEvent.of(type, on(date)), WORKER, clock()));
        assertThat(journey.entries()).isEqualTo(before);
        return refused.messages();
    }
}
