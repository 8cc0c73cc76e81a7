package org.hearth.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.hearth.children.internal.JourneyEvents;

import static org.hearth.children.JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN;
import static org.hearth.children.JourneyEventType.ADOPTION_ORDER;
import static org.hearth.children.JourneyEventType.CHILDS_PERMANENCE_REPORT;
import static org.hearth.children.JourneyEventType.CONSENT_TO_PLACEMENT;
import static org.hearth.children.JourneyEventType.DISRUPTION_BEFORE_ORDER;
import static org.hearth.children.JourneyEventType.FAMILY_FINDING_STARTED;
import static org.hearth.children.JourneyEventType.LINKED;
import static org.hearth.children.JourneyEventType.MATCHING_PANEL;
import static org.hearth.children.JourneyEventType.MATCH_DECISION;
import static org.hearth.children.JourneyEventType.PARALLEL_PLANNING;
import static org.hearth.children.JourneyEventType.PLACED_FOR_ADOPTION;
import static org.hearth.children.JourneyEventType.PLACEMENT_ORDER;
import static org.hearth.children.JourneyEventType.SHOULD_BE_PLACED_DECISION;

/**
 * A child's tracker stage on a day, derived from the journey's effective events dated on or before
 * that day. The first rule that holds wins:
 *
 * <ol>
 *   <li><b>Adoption no longer the plan</b>: the latest "adoption no longer the plan" has no
 *       should be placed for adoption decision dated after it. A decision dated after it reinstates
 *       adoption, and from then on only events dated on or after that decision count.</li>
 *   <li><b>Adopted</b>: an adoption order.</li>
 *   <li><b>Matched/placed</b>: a match decision or a placement for adoption, not ended by a
 *       disruption before the order dated on or after the latest of them.</li>
 *   <li><b>Progress to match</b>: a link or a matching panel, not ended by a disruption dated on
 *       or after the latest of them.</li>
 *   <li><b>Family finding</b>: family finding started, a placement order (or consent), or a
 *       disruption before the order.</li>
 *   <li><b>ADM</b>: a should be placed for adoption decision.</li>
 *   <li><b>Unborn baby</b>: the child was not yet born on the day.</li>
 *   <li><b>Parallel planning</b>: parallel planning, or a child's permanence report.</li>
 *   <li><b>Early monitor</b>: anything else (early monitoring, only "entered care", or nothing yet).</li>
 * </ol>
 *
 * <p>Events on the same day: a should be placed for adoption decision on the same day as "adoption
 * no longer the plan" does not reinstate adoption; a disruption on the same day as a match,
 * placement, link or panel ends it.
 */
public final class TrackerStagePolicy {

    private record StageRule(TrackerStage stage, BiPredicate<JourneyEvents, Birth> holds) {
    }

    private final LocalDate day;

    private TrackerStagePolicy(LocalDate day) {
        this.day = day;
    }

    /**
     * The stage on the day.
     *
     * @param effectiveEvents the journey's effective events (corrected and withdrawn entries left out)
     */
    public static TrackerStage stageOn(Collection<JourneyEvent> effectiveEvents, Birth birth, LocalDate day) {
        Objects.requireNonNull(day, "The tracker stage is read on a day");
        Objects.requireNonNull(birth, "The tracker stage needs the child's birth or expected date");
        return new TrackerStagePolicy(day).stageOf(JourneyEvents.of(effectiveEvents).onOrBefore(day), birth);
    }

    private TrackerStage stageOf(JourneyEvents known, Birth birth) {
        Optional<JourneyEvent> noLongerThePlan = known.latest(ADOPTION_NO_LONGER_THE_PLAN);
        JourneyEvents counted = known;
        if (noLongerThePlan.isPresent()) {
            Optional<JourneyEvent> reinstated = known.firstMatching(event -> event.is(SHOULD_BE_PLACED_DECISION)
                    && event.date().isAfter(noLongerThePlan.get().date()));
            if (reinstated.isEmpty()) {
                return TrackerStage.ADOPTION_NO_LONGER_THE_PLAN;
            }
            counted = known.onOrAfter(reinstated.get().date());
        }
        JourneyEvents events = counted;
        return rules().stream()
                .filter(rule -> rule.holds().test(events, birth))
                .map(StageRule::stage)
                .findFirst()
                .orElse(TrackerStage.EARLY_MONITOR);
    }

    private List<StageRule> rules() {
        return List.of(
                new StageRule(TrackerStage.ADOPTED, (events, birth) -> events.contains(ADOPTION_ORDER)),
                new StageRule(TrackerStage.MATCHED_PLACED, (events, birth) -> notEndedByDisruption(
                        events, events.latest(MATCH_DECISION, PLACED_FOR_ADOPTION))),
                new StageRule(TrackerStage.PROGRESS_TO_MATCH, (events, birth) -> notEndedByDisruption(
                        events, events.latest(LINKED, MATCHING_PANEL))),
                new StageRule(TrackerStage.FAMILY_FINDING, (events, birth) -> events.contains(FAMILY_FINDING_STARTED)
                        || events.contains(PLACEMENT_ORDER)
                        || events.contains(CONSENT_TO_PLACEMENT) || events.contains(DISRUPTION_BEFORE_ORDER)),
                new StageRule(TrackerStage.ADM, (events, birth) -> events.contains(SHOULD_BE_PLACED_DECISION)),
                new StageRule(TrackerStage.UNBORN_BABY, (events, birth) -> !birth.isBornOn(day)),
                new StageRule(TrackerStage.PARALLEL_PLANNING, (events, birth) -> events.contains(PARALLEL_PLANNING)
                        || events.contains(CHILDS_PERMANENCE_REPORT)),
                new StageRule(TrackerStage.EARLY_MONITOR, (events, birth) -> true));
    }

    private static boolean notEndedByDisruption(JourneyEvents events, Optional<JourneyEvent> latest) {
        return latest.isPresent() && events.firstMatching(event -> event.is(DISRUPTION_BEFORE_ORDER)
                && !event.date().isBefore(latest.get().date())).isEmpty();
    }
}
