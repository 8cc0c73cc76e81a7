package org.hearth.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import org.hearth.children.ScriptedJourney.Checkpoint;
import org.hearth.children.ScriptedJourney.Move;
import org.hearth.children.ScriptedJourney.Script;
import org.hearth.children.ScriptedJourney.Step;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every valid sequence of journey events gives exactly one tracker stage: the one the child's
 * story so far gives, on every day, however the entries are stored. The sequences are built in a
 * valid order with increasing dates ({@link ScriptedJourney}), and each is recorded through the
 * journey, so none of them breaks a rule.
 */
class TrackerStageProperties {

    @Property(tries = 1000)
    void everyValidEventSequenceGivesExactlyOneStage(@ForAll("validJourneys") Script script) {
        ScriptedJourney played = ScriptedJourney.play(script);
        Journey journey = played.journey();

        assertThat(journey.brokenRules(ScriptedJourney.CLOCK)).isEmpty();
        for (Checkpoint checkpoint : played.checkpoints()) {
            TrackerStage stage = journey.stageOn(checkpoint.day());
            assertThat(stage)
                    .as("stage on %s after %s", checkpoint.day(), checkpoint.eventsSoFar())
                    .isEqualTo(checkpoint.story().stageOn(checkpoint.day(), played.birth()));
            Statistics.label("stage after each event").collect(stage);
        }
        Statistics.label("stage after each event").coverage(coverage -> {
            for (TrackerStage stage : TrackerStage.values()) {
                coverage.check(stage).count(times -> times > 0);
            }
        });
    }

    @Property(tries = 300)
    void stageIsStableForTheSameEventsHoweverTheyAreStored(@ForAll("validJourneys") Script script) {
        Journey journey = ScriptedJourney.play(script).journey();
        List<JourneyEntry> stored = new ArrayList<>(journey.entries());
        Collections.shuffle(stored, new Random(stored.size()));

        Journey rebuilt = Journey.rebuild(journey.child(), journey.birth(), stored);
        Journey playedAgain = ScriptedJourney.play(script).journey();

        for (Checkpoint checkpoint : ScriptedJourney.play(script).checkpoints()) {
            TrackerStage stage = journey.stageOn(checkpoint.day());
            assertThat(journey.stageOn(checkpoint.day())).isEqualTo(stage);
            assertThat(rebuilt.stageOn(checkpoint.day())).isEqualTo(stage);
            assertThat(playedAgain.stageOn(checkpoint.day())).isEqualTo(stage);
        }
    }

    @Property(tries = 300)
    void onDaysBetweenEventsTheStageIsTheOneTheStorySoFarGives(@ForAll("validJourneys") Script script) {
        ScriptedJourney played = ScriptedJourney.play(script);
        List<Checkpoint> checkpoints = played.checkpoints();
        LocalDate last = checkpoints.get(checkpoints.size() - 1).day().plusDays(60);
        int latest = 0;

        for (LocalDate day = checkpoints.get(0).day(); !day.isAfter(last); day = day.plusDays(5)) {
            while (latest + 1 < checkpoints.size() && !checkpoints.get(latest + 1).day().isAfter(day)) {
                latest++;
            }
            Checkpoint storySoFar = checkpoints.get(latest);
            assertThat(played.journey().stageOn(day))
                    .as("stage on %s after %s", day, storySoFar.eventsSoFar())
                    .isEqualTo(storySoFar.story().stageOn(day, played.birth()));
        }
    }

    @Provide
    Arbitrary<Script> validJourneys() {
        Arbitrary<Move> moves = Arbitraries.frequency(
                Tuple.of(2, Move.ENTER_CARE),
                Tuple.of(2, Move.MONITOR),
                Tuple.of(2, Move.PLAN_IN_PARALLEL),
                Tuple.of(1, Move.WRITE_PERMANENCE_REPORT),
                Tuple.of(4, Move.DECIDE_SHOULD_BE_PLACED),
                Tuple.of(3, Move.GRANT_PLACEMENT_ORDER),
                Tuple.of(1, Move.START_EARLY_PERMANENCE_PLACEMENT),
                Tuple.of(2, Move.START_FAMILY_FINDING),
                Tuple.of(3, Move.LINK),
                Tuple.of(2, Move.HOLD_MATCHING_PANEL),
                Tuple.of(4, Move.DECIDE_MATCH),
                Tuple.of(4, Move.PLACE),
                Tuple.of(3, Move.APPLY_FOR_ADOPTION_ORDER),
                Tuple.of(3, Move.MAKE_ADOPTION_ORDER),
                Tuple.of(1, Move.STOP_PLANNING_ADOPTION),
                Tuple.of(1, Move.DISRUPT_BEFORE_ORDER),
                Tuple.of(1, Move.DISRUPT_AFTER_ORDER));
        Arbitrary<Step> steps = Combinators.combine(
                        moves,
                        Arbitraries.integers().between(1, 120),
                        Arbitraries.of(ReasonAdoptionNoLongerThePlan.class))
                .as(Step::new);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9).map(chance -> chance == 0),
                        Arbitraries.integers().between(0, 400),
                        steps.list().ofMaxSize(50))
                .as(Script::new);
    }
}
