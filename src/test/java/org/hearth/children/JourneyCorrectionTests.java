package org.hearth.children;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.JourneyEventType.ENTERED_CARE;
import static org.hearth.children.JourneyEventType.LINKED;
import static org.hearth.children.JourneyEventType.MATCHING_PANEL;
import static org.hearth.children.JourneyEventType.PLACEMENT_ORDER;
import static org.hearth.children.JourneyEventType.SHOULD_BE_PLACED_DECISION;
import static org.hearth.children.Journeys.BORN;
import static org.hearth.children.Journeys.WORKER;
import static org.hearth.children.Journeys.on;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A wrong entry is corrected by a new entry with a reason; nothing is changed or deleted, and the
 * timeline shows the history.
 */
class JourneyCorrectionTests {

    private final Clock clock = Journeys.clock();

    @Test
    void recordingGivesTheNewEntryWithWhoAndWhen() {
        Journey journey = Journeys.childToBePlaced().build();

        JourneyEntry entry = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), "court papers seen",
                WORKER, clock);

        assertThat(entry.type()).isEqualTo(PLACEMENT_ORDER);
        assertThat(entry.date()).isEqualTo(on("1 July 2025"));
        assertThat(entry.note()).contains("court papers seen");
        assertThat(entry.recordedBy()).isEqualTo(WORKER);
        assertThat(entry.recordedAt()).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
        assertThat(entry.correction()).isEmpty();
        assertThat(journey.domainEvents()).containsExactly(new JourneyEntryRecorded(journey.child(), entry));
    }

    @Test
    void correctedDateReplacesTheWrongOne() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry wrong = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);

        JourneyEntry correction = journey.correctDate(wrong.id(), on("2 July 2025"), "Typed the hearing date", WORKER, clock);

        assertThat(journey.placementOrder()).contains(on("2 July 2025"));
        assertThat(journey.effectiveEvents()).filteredOn(event -> event.is(PLACEMENT_ORDER))
                .containsExactly(JourneyEvent.of(PLACEMENT_ORDER, on("2 July 2025")));
        assertThat(correction.corrects()).contains(wrong.id());
        assertThat(correction.correctionReason()).contains("Typed the hearing date");
        assertThat(journey.entries()).contains(wrong, correction);
    }

    @Test
    void correctionCanChangeTheEventType() {
        Journey journey = Journeys.childToBePlaced().with(LINKED, "1 September 2025").build();
        JourneyEntry wrong = journey.record(JourneyEvent.of(LINKED, on("1 October 2025")), WORKER, clock);

        journey.correct(wrong.id(), JourneyEvent.of(MATCHING_PANEL, on("1 October 2025")), "It was the panel", WORKER, clock);

        assertThat(journey.dateOf(LINKED)).contains(on("1 September 2025"));
        assertThat(journey.dateOf(MATCHING_PANEL)).contains(on("1 October 2025"));
    }

    @Test
    void correctionIsCheckedAgainstTheRules() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry order = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.correctDate(order.id(), on("30 April 2025"), "Wrong date", WORKER, clock));

        assertThat(refused.messages()).containsExactly(
                "The placement order (30 April 2025) cannot be before the should be placed for adoption decision (1 May 2025)");
        assertThat(journey.placementOrder()).contains(on("1 July 2025"));
    }

    @Test
    void correctionNeedsAReason() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry order = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> journey.correctDate(order.id(), on("2 July 2025"), "  ", WORKER, clock));

        assertThat(refused).hasMessage("Give a reason for the correction");
        assertThat(journey.entries()).hasSize(6);
    }

    @Test
    void correctionThatChangesNothingIsRejected() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry order = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.correctDate(order.id(), on("1 July 2025"), "Checked", WORKER, clock));

        assertThat(refused.messages()).containsExactly(
                "The correction is the same as the entry it corrects: Placement order on 1 July 2025");
    }

    @Test
    void anEntryAlreadyCorrectedCannotBeCorrectedAgain() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry first = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);
        journey.correctDate(first.id(), on("2 July 2025"), "Typed the hearing date", "Alex Manager", clock);

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.correctDate(first.id(), on("3 July 2025"), "Another go", WORKER, clock));

        assertThat(refused.messages()).containsExactly(
                "This entry was already corrected on 1 June 2026 by Alex Manager: change the latest entry instead");
    }

    @Test
    void correctingTheCorrectionIsAccepted() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry first = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);
        JourneyEntry second = journey.correctDate(first.id(), on("2 July 2025"), "Typed the hearing date", WORKER, clock);

        journey.correctDate(second.id(), on("3 July 2025"), "The sealed order says 3 July", WORKER, clock);

        assertThat(journey.placementOrder()).contains(on("3 July 2025"));
        assertThat(journey.effectiveEvents()).filteredOn(event -> event.is(PLACEMENT_ORDER)).hasSize(1);
    }

    @Test
    void withdrawnEntryNoLongerCounts() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry order = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);

        JourneyEntry withdrawal = journey.withdraw(order.id(), "Recorded on the wrong child", WORKER, clock);

        assertThat(journey.placementOrder()).isEmpty();
        assertThat(withdrawal.isWithdrawal()).isTrue();
        assertThat(withdrawal.corrects()).contains(order.id());
        assertThat(journey.stageOn(Journeys.TODAY)).isEqualTo(TrackerStage.ADM);
    }

    @Test
    void withdrawalIsCheckedAgainstTheRules() {
        Journey journey = Journeys.adoptedChild().build();
        JourneyEntry placement = journey.entries().stream()
                .filter(entry -> entry.type() == JourneyEventType.PLACED_FOR_ADOPTION)
                .findFirst().orElseThrow();

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.withdraw(placement.id(), "Recorded in error", WORKER, clock));

        assertThat(refused.messages()).contains(
                "The adoption order (20 April 2026) needs the child to have been placed for adoption before it, "
                        + "and no placement for adoption is recorded");
        assertThat(journey.placedForAdoption()).contains(on("3 November 2025"));
    }

    @Test
    void aWithdrawalCannotBeCorrected() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntry order = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);
        JourneyEntry withdrawal = journey.withdraw(order.id(), "Recorded on the wrong child", WORKER, clock);

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.correctDate(withdrawal.id(), on("2 July 2025"), "Undo", WORKER, clock));

        assertThat(refused.messages()).containsExactly("A withdrawal cannot be corrected: record the event again instead");
    }

    @Test
    void correctingAnEntryOfAnotherJourneyIsAnError() {
        Journey journey = Journeys.childToBePlaced().build();
        JourneyEntryId elsewhere = JourneyEntryId.newId();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> journey.correctDate(elsewhere, on("2 July 2025"), "Wrong", WORKER, clock));

        assertThat(refused).hasMessage("Journey entry " + elsewhere + " is not an entry of this journey");
    }

    @Test
    void timelineShowsEveryEntryByDateMarkingCorrectedAndWithdrawnOnes() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").build();
        JourneyEntry decision = journey.record(JourneyEvent.of(SHOULD_BE_PLACED_DECISION, on("1 June 2025")), WORKER, clock);
        JourneyEntry corrected = journey.correctDate(decision.id(), on("1 May 2025"), "Minutes say 1 May", WORKER, clock);
        JourneyEntry order = journey.record(JourneyEvent.of(PLACEMENT_ORDER, on("1 July 2025")), WORKER, clock);
        JourneyEntry withdrawal = journey.withdraw(order.id(), "Order not yet made", WORKER, clock);

        List<TimelineEntry> timeline = journey.timeline();

        assertThat(timeline).extracting(line -> line.entry().date()).containsExactly(
                on("6 January 2025"), on("1 May 2025"), on("1 June 2025"), on("1 July 2025"), on("1 July 2025"));
        assertThat(timeline.get(1).entry()).isEqualTo(corrected);
        assertThat(timeline.get(1).isEffective()).isTrue();
        assertThat(timeline.get(2).entry()).isEqualTo(decision);
        assertThat(timeline.get(2).isCorrected()).isTrue();
        assertThat(timeline.get(2).correctedBy()).contains(corrected);
        assertThat(timeline.get(3).entry()).isEqualTo(order);
        assertThat(timeline.get(3).isWithdrawn()).isTrue();
        assertThat(timeline.get(4).entry()).isEqualTo(withdrawal);
        assertThat(timeline.get(4).isEffective()).isFalse();
        assertThat(timeline).filteredOn(TimelineEntry::isEffective).hasSize(2);
    }

    @Test
    void rebuiltJourneyMatchesTheOneThatRecordedTheEntries() {
        Journey journey = Journeys.placedChild().build();
        JourneyEntry order = journey.entries().stream()
                .filter(entry -> entry.type() == PLACEMENT_ORDER).findFirst().orElseThrow();
        journey.correctDate(order.id(), on("2 July 2025"), "Sealed order", WORKER, clock);
        List<JourneyEntry> stored = new ArrayList<>(journey.entries());
        Collections.shuffle(stored, new Random(7));

        Journey rebuilt = Journey.rebuild(journey.child(), journey.birth(), stored);

        assertThat(rebuilt.entries()).isEqualTo(journey.entries());
        assertThat(rebuilt.effectiveEvents()).isEqualTo(journey.effectiveEvents());
        assertThat(rebuilt.timeline()).isEqualTo(journey.timeline());
        assertThat(rebuilt.stageOn(Journeys.TODAY)).isEqualTo(journey.stageOn(Journeys.TODAY));
        assertThat(rebuilt.domainEvents()).isEmpty();
    }

    @Test
    void rebuildingRefusesACorrectionOfAnUnknownEntry() {
        JourneyEntryId missing = JourneyEntryId.newId();
        JourneyEntry correction = new JourneyEntry(JourneyEntryId.newId(), ENTERED_CARE, on("6 January 2025"),
                Optional.empty(), Optional.empty(), Instant.parse("2026-01-01T10:00:00Z"), WORKER,
                Optional.of(Correction.replacing(missing, "Wrong date")));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Journey.rebuild(ChildId.newId(), Birth.on(BORN), List.of(correction)));

        assertThat(refused).hasMessageContaining("which is not an entry of this journey");
    }

    @Test
    void rebuildingRefusesAnEntryCorrectedTwice() {
        JourneyEntry entry = storedEntry(ENTERED_CARE, "6 January 2025", "2026-01-01T10:00:00Z", Optional.empty());
        JourneyEntry once = storedEntry(ENTERED_CARE, "7 January 2025", "2026-01-02T10:00:00Z",
                Optional.of(Correction.replacing(entry.id(), "Wrong date")));
        JourneyEntry twice = storedEntry(ENTERED_CARE, "8 January 2025", "2026-01-03T10:00:00Z",
                Optional.of(Correction.replacing(entry.id(), "Wrong again")));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Journey.rebuild(ChildId.newId(), Birth.on(BORN), List.of(entry, once, twice)));

        assertThat(refused).hasMessage("Journey entry " + entry.id() + " is corrected more than once");
    }

    @Test
    void aCorrectionStoredWithTheSameTimeComesAfterTheEntryItCorrects() {
        JourneyEntry entry = storedEntry(ENTERED_CARE, "6 January 2025", "2026-01-01T10:00:00Z", Optional.empty());
        JourneyEntry correction = storedEntry(ENTERED_CARE, "7 January 2025", "2026-01-01T10:00:00Z",
                Optional.of(Correction.replacing(entry.id(), "Wrong date")));

        Journey rebuilt = Journey.rebuild(ChildId.newId(), Birth.on(BORN), List.of(correction, entry));

        assertThat(rebuilt.entries()).containsExactly(entry, correction);
        assertThat(rebuilt.enteredCare()).contains(on("7 January 2025"));
    }

    @Test
    void rulesAStoredJourneyAlreadyBreaksDoNotBlockUnrelatedChanges() {
        JourneyEntry order = storedEntry(PLACEMENT_ORDER, "4 March 2025", "2026-01-01T10:00:00Z", Optional.empty());
        JourneyEntry decision = storedEntry(SHOULD_BE_PLACED_DECISION, "5 March 2025", "2026-01-01T10:01:00Z", Optional.empty());
        Journey imported = Journey.rebuild(ChildId.newId(), Birth.on(BORN), List.of(order, decision));

        imported.record(JourneyEvent.of(ENTERED_CARE, on("6 January 2025")), WORKER, clock);

        assertThat(imported.brokenRules(clock)).containsExactly(
                "The placement order (4 March 2025) cannot be before the should be placed for adoption decision (5 March 2025)");
        assertThat(imported.enteredCare()).contains(on("6 January 2025"));
    }

    @Test
    void changingTheDateOfBirthIsCheckedAgainstTheEvents() {
        Journey journey = Journeys.child().with(ENTERED_CARE, "6 January 2025").build();

        JourneyRuleBroken refused = assertThrows(JourneyRuleBroken.class,
                () -> journey.changeBirth(Birth.on(on("7 January 2025")), clock));

        assertThat(refused.messages()).containsExactly(
                "Entering care (6 January 2025) cannot be before the child's date of birth (7 January 2025)");
        assertThat(journey.birth()).isEqualTo(Birth.on(BORN));
    }

    @Test
    void recordingTheBirthOfAnUnbornChild() {
        Journey journey = Journeys.unbornChild(on("1 May 2026")).with(JourneyEventType.EARLY_MONITORING, "1 March 2026").build();

        journey.changeBirth(Birth.on(on("28 April 2026")), clock);
        journey.record(JourneyEvent.of(ENTERED_CARE, on("28 April 2026")), WORKER, clock);

        assertThat(journey.birth().born()).isTrue();
        assertThat(journey.enteredCare()).contains(on("28 April 2026"));
    }

    private static JourneyEntry storedEntry(JourneyEventType type, String date, String recordedAt, Optional<Correction> correction) {
        return new JourneyEntry(JourneyEntryId.newId(), type, on(date), Optional.empty(), Optional.empty(),
                Instant.parse(recordedAt), WORKER, correction);
    }
}
