package org.hearth.children;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a script of moves into a journey in a valid order with increasing dates: a move that the
 * journey's state does not allow yet is skipped. Alongside, it keeps its own account of the stage
 * the child should be at, step by step, as a social worker would tell it.
 */
final class ScriptedJourney {

    static final LocalDate START = LocalDate.of(2015, 1, 5);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2050, 1, 1).atStartOfDay(LONDON).toInstant(), LONDON);
    static final int WEEKS_BEFORE_APPLICATION = JourneySettings.defaults().weeksLivingWithAdoptersBeforeApplication();

    enum Move {
        ENTER_CARE, MONITOR, PLAN_IN_PARALLEL, WRITE_PERMANENCE_REPORT, DECIDE_SHOULD_BE_PLACED, GRANT_PLACEMENT_ORDER,
        START_EARLY_PERMANENCE_PLACEMENT, START_FAMILY_FINDING, LINK, HOLD_MATCHING_PANEL, DECIDE_MATCH, PLACE,
        APPLY_FOR_ADOPTION_ORDER, MAKE_ADOPTION_ORDER, STOP_PLANNING_ADOPTION, DISRUPT_BEFORE_ORDER, DISRUPT_AFTER_ORDER
    }

    record Step(Move move, int daysLater, ReasonAdoptionNoLongerThePlan reason) {
    }

    record Script(boolean unborn, int daysToBirth, List<Step> steps) {

        Birth birth() {
            LocalDate date = START.plusDays(daysToBirth);
            return unborn ? Birth.expectedOn(date) : Birth.on(date);
        }
    }

    /**
     * The child's story so far, as a social worker would tell it, and the stage it puts the child
     * at on a day.
     */
    record Story(boolean adoptionStopped, boolean adopted, boolean matchedOrPlaced, boolean linkedOrAtPanel,
            boolean familyFinding, boolean decided, boolean parallelPlanning) {

        TrackerStage stageOn(LocalDate day, Birth birth) {
            if (adoptionStopped) {
                return TrackerStage.ADOPTION_NO_LONGER_THE_PLAN;
            }
            if (adopted) {
                return TrackerStage.ADOPTED;
            }
            if (matchedOrPlaced) {
                return TrackerStage.MATCHED_PLACED;
            }
            if (linkedOrAtPanel) {
                return TrackerStage.PROGRESS_TO_MATCH;
            }
            if (familyFinding) {
                return TrackerStage.FAMILY_FINDING;
            }
            if (decided) {
                return TrackerStage.ADM;
            }
            if (!birth.isBornOn(day)) {
                return TrackerStage.UNBORN_BABY;
            }
            if (parallelPlanning) {
                return TrackerStage.PARALLEL_PLANNING;
            }
            return TrackerStage.EARLY_MONITOR;
        }
    }

    /** The story as it stood from a day until the next event. */
    record Checkpoint(LocalDate day, Story story, List<JourneyEventType> eventsSoFar) {
    }

    private final Birth birth;
    private final Journey journey;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<JourneyEventType> recorded = new ArrayList<>();
    private LocalDate day = START;

    // the journey's state, for what may come next
    private boolean enteredCare;
    private boolean adoptionConsidered;
    private boolean adoptionStopped;
    private boolean adopted;
    private boolean decidedInThisPlan;
    private boolean familyFindingInThisAttempt;
    private boolean linkedInThisAttempt;
    private boolean panelInThisAttempt;
    private boolean matchedInThisAttempt;
    private boolean placedInThisAttempt;
    private boolean appliedInThisAttempt;
    private LocalDate homeWithAdoptersSince;
    private boolean placementSinceLastDisruption;

    // the story of the stage
    private boolean storyAdopted;
    private boolean storyMatchedOrPlaced;
    private boolean storyLinkedOrAtPanel;
    private boolean storyFamilyFinding;
    private boolean storyDecided;
    private boolean storyParallelPlanning;

    private ScriptedJourney(Script script) {
        this.birth = script.birth();
        this.journey = Journey.start(ChildId.newId(), birth);
        checkpoints.add(new Checkpoint(START.minusDays(1), story(), List.of()));
    }

    static ScriptedJourney play(Script script) {
        ScriptedJourney played = new ScriptedJourney(script);
        script.steps().forEach(played::take);
        return played;
    }

    Journey journey() {
        return journey;
    }

    Birth birth() {
        return birth;
    }

    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    private void take(Step step) {
        LocalDate next = day.plusDays(step.daysLater());
        if (!allowed(step.move(), next)) {
            return;
        }
        if (step.move() == Move.APPLY_FOR_ADOPTION_ORDER
                && next.isBefore(homeWithAdoptersSince.plusWeeks(WEEKS_BEFORE_APPLICATION))) {
            next = homeWithAdoptersSince.plusWeeks(WEEKS_BEFORE_APPLICATION);
        }
        day = next;
        record(step);
        checkpoints.add(new Checkpoint(day, story(), List.copyOf(recorded)));
    }

    private boolean allowed(Move move, LocalDate on) {
        boolean born = birth.isBornOn(on);
        if (adopted) {
            return move == Move.DISRUPT_AFTER_ORDER;
        }
        return switch (move) {
            case MONITOR, PLAN_IN_PARALLEL, WRITE_PERMANENCE_REPORT, STOP_PLANNING_ADOPTION -> true;
            case ENTER_CARE -> born && !enteredCare;
            case DECIDE_SHOULD_BE_PLACED -> born;
            case DISRUPT_BEFORE_ORDER -> born && placementSinceLastDisruption;
            case DISRUPT_AFTER_ORDER -> false;
            default -> born && !adoptionStopped && allowedWhilePlanningAdoption(move);
        };
    }

    private boolean allowedWhilePlanningAdoption(Move move) {
        return switch (move) {
            case GRANT_PLACEMENT_ORDER -> decidedInThisPlan;
            case START_EARLY_PERMANENCE_PLACEMENT -> enteredCare && homeWithAdoptersSince == null;
            case START_FAMILY_FINDING -> adoptionConsidered && !linkedInThisAttempt;
            case LINK -> !panelInThisAttempt;
            case HOLD_MATCHING_PANEL -> !matchedInThisAttempt;
            case DECIDE_MATCH -> decidedInThisPlan;
            case PLACE -> matchedInThisAttempt && !placedInThisAttempt;
            case APPLY_FOR_ADOPTION_ORDER -> homeWithAdoptersSince != null && !appliedInThisAttempt;
            case MAKE_ADOPTION_ORDER -> placedInThisAttempt;
            default -> throw new IllegalStateException("Not a move while planning adoption: " + move);
        };
    }

    private void record(Step step) {
        switch (step.move()) {
            case ENTER_CARE -> {
                add(JourneyEventType.ENTERED_CARE);
                enteredCare = true;
            }
            case MONITOR -> {
                add(JourneyEventType.EARLY_MONITORING);
                adoptionConsidered = true;
            }
            case PLAN_IN_PARALLEL, WRITE_PERMANENCE_REPORT -> {
                add(step.move() == Move.PLAN_IN_PARALLEL
                        ? JourneyEventType.PARALLEL_PLANNING : JourneyEventType.CHILDS_PERMANENCE_REPORT);
                adoptionConsidered = true;
                storyParallelPlanning = true;
            }
            case DECIDE_SHOULD_BE_PLACED -> {
                add(JourneyEventType.SHOULD_BE_PLACED_DECISION);
                if (adoptionStopped) {
                    adoptionStopped = false;
                    forgetTheStoryBeforeReinstatement();
                }
                adoptionConsidered = true;
                decidedInThisPlan = true;
                storyDecided = true;
            }
            case GRANT_PLACEMENT_ORDER -> {
                add(JourneyEventType.PLACEMENT_ORDER);
                storyFamilyFinding = true;
            }
            case START_EARLY_PERMANENCE_PLACEMENT -> {
                add(JourneyEventType.EARLY_PERMANENCE_PLACEMENT);
                homeWithAdoptersSince = day;
                placementSinceLastDisruption = true;
            }
            case START_FAMILY_FINDING -> {
                add(JourneyEventType.FAMILY_FINDING_STARTED);
                familyFindingInThisAttempt = true;
                storyFamilyFinding = true;
            }
            case LINK -> {
                add(JourneyEventType.LINKED);
                linkedInThisAttempt = true;
                storyLinkedOrAtPanel = true;
            }
            case HOLD_MATCHING_PANEL -> {
                add(JourneyEventType.MATCHING_PANEL);
                panelInThisAttempt = true;
                storyLinkedOrAtPanel = true;
            }
            case DECIDE_MATCH -> {
                add(JourneyEventType.MATCH_DECISION);
                matchedInThisAttempt = true;
                storyMatchedOrPlaced = true;
            }
            case PLACE -> {
                add(JourneyEventType.PLACED_FOR_ADOPTION);
                placedInThisAttempt = true;
                placementSinceLastDisruption = true;
                if (homeWithAdoptersSince == null) {
                    homeWithAdoptersSince = day;
                }
                storyMatchedOrPlaced = true;
            }
            case APPLY_FOR_ADOPTION_ORDER -> {
                add(JourneyEventType.ADOPTION_ORDER_APPLICATION);
                appliedInThisAttempt = true;
            }
            case MAKE_ADOPTION_ORDER -> {
                add(JourneyEventType.ADOPTION_ORDER);
                adopted = true;
                storyAdopted = true;
            }
            case STOP_PLANNING_ADOPTION -> {
                journey.record(JourneyEvent.adoptionNoLongerThePlan(day, step.reason()), "Scripted", CLOCK);
                recorded.add(JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN);
                adoptionStopped = true;
                decidedInThisPlan = false;
                startNewAttempt();
            }
            case DISRUPT_BEFORE_ORDER -> {
                add(JourneyEventType.DISRUPTION_BEFORE_ORDER);
                placementSinceLastDisruption = false;
                startNewAttempt();
                storyMatchedOrPlaced = false;
                storyLinkedOrAtPanel = false;
                storyFamilyFinding = true;
            }
            case DISRUPT_AFTER_ORDER -> add(JourneyEventType.DISRUPTION_AFTER_ORDER);
        }
    }

    private void add(JourneyEventType type) {
        journey.record(JourneyEvent.of(type, day), "Scripted", CLOCK);
        recorded.add(type);
    }

    private void startNewAttempt() {
        familyFindingInThisAttempt = false;
        linkedInThisAttempt = false;
        panelInThisAttempt = false;
        matchedInThisAttempt = false;
        placedInThisAttempt = false;
        appliedInThisAttempt = false;
        homeWithAdoptersSince = null;
    }

    private void forgetTheStoryBeforeReinstatement() {
        storyMatchedOrPlaced = false;
        storyLinkedOrAtPanel = false;
        storyFamilyFinding = false;
        storyDecided = false;
        storyParallelPlanning = false;
    }

    private Story story() {
        return new Story(adoptionStopped, storyAdopted, storyMatchedOrPlaced, storyLinkedOrAtPanel, storyFamilyFinding,
                storyDecided, storyParallelPlanning);
    }
}
