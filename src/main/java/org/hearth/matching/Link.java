package org.hearth.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.ChildId;

/**
 * A link between a child (or a sibling group to be placed together) and an adoptive household, from
 * the shortlist to the day the child moves in. Each step is dated: shortlisted, visits, linked (interest
 * from the family finder or the household), child appreciation day, proposed match, matching panel,
 * match decision, introductions, placed.
 *
 * <p>Rules: steps come in that order (the child appreciation day may be left out); a step's date is not
 * before the previous step's and not in the future; a household in stage 2 goes no further than linked
 * until approved; a panel that does not recommend the match holds the link until a later panel does;
 * a match not agreed closes it; a closed or placed link does not move on. The current step and the
 * status follow from the steps, and are never stored.
 */
public final class Link {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The steps that need the household to be approved. */
    private static final Set<LinkStepType> NEED_APPROVAL = EnumSet.of(LinkStepType.CHILD_APPRECIATION_DAY,
            LinkStepType.PROPOSED_MATCH, LinkStepType.MATCHING_PANEL, LinkStepType.MATCH_DECISION,
            LinkStepType.INTRODUCTIONS, LinkStepType.PLACED);

    private final LinkId id;
    private final List<ChildId> children;
    private final HouseholdId household;
    private final String householdAgencyId;
    private final String searchingAgencyId;
    private final String boroughCode;
    private final SearchId search;
    private final List<LinkStep> steps;
    private LinkClosure closure;
    private Placement placement;
    private final int version;

    private Link(LinkId id, List<ChildId> children, HouseholdId household, String householdAgencyId,
            String searchingAgencyId, String boroughCode, SearchId search, List<LinkStep> steps, LinkClosure closure,
            Placement placement, int version) {
        this.id = Objects.requireNonNull(id, "A link needs its id");
        Objects.requireNonNull(children, "A link needs its children");
        if (children.isEmpty()) {
            throw new IllegalArgumentException("A link needs at least one child");
        }
        if (new HashSet<>(children).size() != children.size()) {
            throw new IllegalArgumentException("A child cannot be in the same link twice");
        }
        this.children = List.copyOf(children);
        this.household = Objects.requireNonNull(household, "A link needs its household");
        this.householdAgencyId = requireText(householdAgencyId, "A link needs the household's agency");
        this.searchingAgencyId = requireText(searchingAgencyId, "A link needs the searching agency");
        this.boroughCode = requireText(boroughCode, "A link needs the child's borough");
        this.search = search;
        this.steps = new ArrayList<>(steps);
        if (this.steps.isEmpty() || this.steps.get(0).type() != LinkStepType.SHORTLISTED) {
            throw new IllegalArgumentException("A link starts with the shortlisting");
        }
        this.closure = closure;
        this.placement = placement;
        if ((placement != null) != (currentStep() == LinkStepType.PLACED)) {
            throw new IllegalArgumentException("A link has a placement exactly when its last step is the placement");
        }
        this.version = version;
    }

    /**
     * Shortlists the household for the child (or the sibling group), on the given day.
     *
     * @param search the family-finding search that found the household, or {@code null}
     */
    public static Link shortlist(LinkId id, List<ChildId> children, HouseholdId household, String householdAgencyId,
            String searchingAgencyId, String boroughCode, SearchId search, LocalDate on, String by, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (on == null) {
            throw new LinkRuleBroken("day", "Enter the date the household was shortlisted");
        }
        if (on.isAfter(today)) {
            throw new LinkRuleBroken("day", "The shortlisting (" + DAY.format(on) + ") cannot be in the future: today is "
                    + DAY.format(today));
        }
        return new Link(id, children, household, householdAgencyId, searchingAgencyId, boroughCode, search,
                List.of(new LinkStep(LinkStepType.SHORTLISTED, on, null, null, by, clock.instant())), null, null, 0);
    }

    /** A link as stored. */
    public static Link restore(LinkId id, List<ChildId> children, HouseholdId household, String householdAgencyId,
            String searchingAgencyId, String boroughCode, SearchId search, List<LinkStep> steps, LinkClosure closure,
            Placement placement, int version) {
        return new Link(id, children, household, householdAgencyId, searchingAgencyId, boroughCode, search, steps,
                closure, placement, version);
    }

    // ------------------------------------------------------------------ steps

    /** A visit to or by the household before the link, with what happened. */
    public LinkStep recordVisit(LocalDate on, String note, String by, Clock clock) {
        return add(LinkStepType.VISIT, on, null, note, HouseholdStatus.APPROVED, by, clock);
    }

    /** The link: interest from the family finder or from the household. */
    public LinkStep link(LocalDate on, InterestFrom from, String note, String by, Clock clock) {
        if (from == null) {
            throw new LinkRuleBroken("outcome", "Select who expressed the interest");
        }
        return add(LinkStepType.LINKED, on, from.name(), note, HouseholdStatus.APPROVED, by, clock);
    }

    /** The child appreciation day (optional): the household meets those who know the child. */
    public LinkStep recordChildAppreciationDay(LocalDate on, HouseholdStatus household, String note, String by,
            Clock clock) {
        return add(LinkStepType.CHILD_APPRECIATION_DAY, on, null, note, household, by, clock);
    }

    /** The match is proposed (to the matching panel). */
    public LinkStep proposeMatch(LocalDate on, HouseholdStatus household, String note, String by, Clock clock) {
        return add(LinkStepType.PROPOSED_MATCH, on, null, note, household, by, clock);
    }

    /**
     * The matching panel's date and recommendation: the one way a panel is recorded on a link, so that
     * the panel module can call it when its recommendation is made. A panel that does not recommend the
     * match (or defers it) holds the link: only a later panel or closing it follows.
     */
    public LinkStep recordMatchingPanel(LocalDate on, PanelRecommendation recommendation, String note, String by,
            Clock clock) {
        if (recommendation == null) {
            throw new LinkRuleBroken("outcome", "Select what the matching panel recommended");
        }
        return add(LinkStepType.MATCHING_PANEL, on, recommendation.name(), note, HouseholdStatus.APPROVED, by, clock);
    }

    /**
     * The decision of the child's local authority's decision maker on the match the panel recommended.
     * A match not agreed closes the link on the day of the decision.
     */
    public LinkStep recordMatchDecision(LocalDate on, MatchDecision decision, String note, String by, Clock clock) {
        if (decision == null) {
            throw new LinkRuleBroken("outcome", "Select the decision");
        }
        LinkStep step = add(LinkStepType.MATCH_DECISION, on, decision.name(), note, HouseholdStatus.APPROVED, by, clock);
        if (decision == MatchDecision.NOT_AGREED) {
            closure = new LinkClosure(on, LinkCloseReason.MATCH_NOT_AGREED,
                    "The decision maker for the child's local authority did not agree the match.", note, by,
                    clock.instant());
        }
        return step;
    }

    /** Introductions start: the household and the child begin to spend time together. */
    public LinkStep startIntroductions(LocalDate on, HouseholdStatus household, String note, String by, Clock clock) {
        return add(LinkStepType.INTRODUCTIONS, on, null, note, household, by, clock);
    }

    /**
     * The child moved in: the placement, with its kind and fee, from {@link Placement#record}.
     */
    public LinkStep place(Placement placement, String note, String by, Clock clock) {
        Objects.requireNonNull(placement, "Placing needs the placement");
        if (!new HashSet<>(placement.children()).equals(new HashSet<>(children))
                || !placement.household().equals(household)) {
            throw new IllegalArgumentException("The placement is of other children or another household than the link's");
        }
        LinkStep step = add(LinkStepType.PLACED, placement.placementDate(), placement.kind().name(), note,
                HouseholdStatus.APPROVED, by, clock);
        this.placement = placement;
        return step;
    }

    /** Closes the link at any open step, with a reason that can be shared with the household. */
    public LinkClosure close(LocalDate on, LinkCloseReason reason, String sharedWithHousehold, String internalNote,
            String by, Clock clock) {
        checkOpen();
        if (reason == null) {
            throw new LinkRuleBroken("reason", "Select why the link is closed");
        }
        checkDate("closing the link", on, clock);
        closure = new LinkClosure(on, reason, sharedWithHousehold, internalNote, by, clock.instant());
        return closure;
    }

    private LinkStep add(LinkStepType type, LocalDate on, String outcome, String note, HouseholdStatus household,
            String by, Clock clock) {
        checkOpen();
        if (!nextSteps().contains(type)) {
            throw new LinkRuleBroken("step", type.atSentenceStart() + " cannot be recorded now: the link is at "
                    + currentStep().inSentence() + (nextSteps().isEmpty() ? "" : "; next is " + nextInWords()));
        }
        if (NEED_APPROVAL.contains(type) && household != HouseholdStatus.APPROVED) {
            throw new LinkRuleBroken("step", "The household is in stage 2: the link cannot go past linked until the"
                    + " household is approved");
        }
        checkDate(type.inSentence(), on, clock);
        LinkStep step = new LinkStep(type, on, outcome, note, by, clock.instant());
        steps.add(step);
        return step;
    }

    private void checkOpen() {
        if (closure != null) {
            throw new LinkRuleBroken("step", "This link was closed on " + DAY.format(closure.date())
                    + ": it cannot move on");
        }
        if (placement != null) {
            throw new LinkRuleBroken("step", "The child was placed on " + DAY.format(placement.placementDate())
                    + ": the link is complete");
        }
    }

    private void checkDate(String what, LocalDate on, Clock clock) {
        if (on == null) {
            throw new LinkRuleBroken("day", "Enter the date of " + what);
        }
        LocalDate today = LocalDate.now(clock);
        String capitalised = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (on.isAfter(today)) {
            throw new LinkRuleBroken("day", capitalised + " (" + DAY.format(on) + ") cannot be in the future: today is "
                    + DAY.format(today));
        }
        LinkStep last = lastStep();
        if (on.isBefore(last.date())) {
            throw new LinkRuleBroken("day", capitalised + " (" + DAY.format(on) + ") cannot be before "
                    + last.type().inSentence() + " (" + DAY.format(last.date()) + ")");
        }
    }

    // ------------------------------------------------------------------ derived

    /** The last step recorded. */
    public LinkStepType currentStep() {
        return lastStep().type();
    }

    public LinkStep lastStep() {
        return steps.get(steps.size() - 1);
    }

    public LinkStatus status() {
        if (closure != null) {
            return LinkStatus.CLOSED;
        }
        if (currentStep() == LinkStepType.PLACED) {
            return LinkStatus.PLACED;
        }
        if (lastStep().recommendation().filter(r -> r != PanelRecommendation.RECOMMENDED).isPresent()) {
            return LinkStatus.HELD_AT_PANEL;
        }
        return LinkStatus.OPEN;
    }

    public boolean isOpen() {
        return status().isOpen();
    }

    /** The steps that may be recorded next, in order; none once closed or placed. */
    public List<LinkStepType> nextSteps() {
        if (closure != null || placement != null) {
            return List.of();
        }
        return switch (currentStep()) {
            case SHORTLISTED, VISIT -> List.of(LinkStepType.VISIT, LinkStepType.LINKED);
            case LINKED -> List.of(LinkStepType.CHILD_APPRECIATION_DAY, LinkStepType.PROPOSED_MATCH);
            case CHILD_APPRECIATION_DAY -> List.of(LinkStepType.PROPOSED_MATCH);
            case PROPOSED_MATCH -> List.of(LinkStepType.MATCHING_PANEL);
            case MATCHING_PANEL -> lastStep().recommendation().orElseThrow() == PanelRecommendation.RECOMMENDED
                    ? List.of(LinkStepType.MATCH_DECISION) : List.of(LinkStepType.MATCHING_PANEL);
            case MATCH_DECISION -> List.of(LinkStepType.INTRODUCTIONS);
            case INTRODUCTIONS -> List.of(LinkStepType.PLACED);
            case PLACED -> List.of();
        };
    }

    private String nextInWords() {
        return String.join(" or ", nextSteps().stream().map(LinkStepType::inSentence).toList());
    }

    /** Whether the link was agreed (the household and the family finder linked): from then on the household is known. */
    public boolean isLinkAgreed() {
        return steps.stream().anyMatch(step -> step.type() == LinkStepType.LINKED);
    }

    /** The latest step of the type, if recorded. */
    public Optional<LinkStep> latest(LinkStepType type) {
        LinkStep found = null;
        for (LinkStep step : steps) {
            if (step.type() == type) {
                found = step;
            }
        }
        return Optional.ofNullable(found);
    }

    public LocalDate shortlistedOn() {
        return steps.get(0).date();
    }

    public String shortlistedBy() {
        return steps.get(0).recordedBy();
    }

    /** Days from the shortlisting to today, or to the day it was closed or the child placed. */
    public long daysOpen(LocalDate today) {
        LocalDate end = closure != null ? closure.date() : placement != null ? placement.placementDate() : today;
        return Math.max(0, ChronoUnit.DAYS.between(shortlistedOn(), end));
    }

    /** Whether the link is still open after the given number of days since it was shortlisted. */
    public boolean isOpenTooLong(LocalDate today, int days) {
        return isOpen() && daysOpen(today) >= days;
    }

    public LinkId id() {
        return id;
    }

    public List<ChildId> children() {
        return children;
    }

    public HouseholdId household() {
        return household;
    }

    public String householdAgencyId() {
        return householdAgencyId;
    }

    public String searchingAgencyId() {
        return searchingAgencyId;
    }

    public String boroughCode() {
        return boroughCode;
    }

    public Optional<SearchId> search() {
        return Optional.ofNullable(search);
    }

    public List<LinkStep> steps() {
        return List.copyOf(steps);
    }

    public Optional<LinkClosure> closure() {
        return Optional.ofNullable(closure);
    }

    public Optional<Placement> placement() {
        return Optional.ofNullable(placement);
    }

    public int version() {
        return version;
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }
}
