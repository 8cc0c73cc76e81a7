package org.hearth.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hearth.children.internal.DisplayDate;

/**
 * A child's life story book and later life letter: what has been done and when, and what is due.
 *
 * <ul>
 *   <li>The first stage of the book is due by the second statutory review of the placement for
 *       adoption: the first review is 4 weeks after the placement and the second 3 months after
 *       the first (AAR 2005 reg 36), so by placement + 4 weeks + 3 months.</li>
 *   <li>The completed book and the later life letter are due 10 working days after the
 *       celebration hearing (the day of the hearing is day 0).</li>
 * </ul>
 * Something is overdue from the day after its due date until it is given. Due dates are computed
 * with {@link LifeStoryTimescales}: the settings ({@link LifeStorySettings}) and a
 * {@link WorkingDayCounter}.
 *
 * @param placedForAdoption    the day the child moved in with the adopters
 * @param celebrationHearing   the day of the celebration hearing after the adoption order
 * @param bookStarted          the day work on the book started
 * @param firstStageGiven      the day the first stage of the book was given to the child and adopters
 * @param bookCompleted        the day the completed book was given
 * @param laterLifeLetterGiven the day the later life letter was given to the adopters
 */
public record LifeStoryWork(
        Optional<LocalDate> placedForAdoption,
        Optional<LocalDate> celebrationHearing,
        Optional<LocalDate> bookStarted,
        Optional<LocalDate> firstStageGiven,
        Optional<LocalDate> bookCompleted,
        Optional<LocalDate> laterLifeLetterGiven) {

    public LifeStoryWork {
        placedForAdoption = orEmpty(placedForAdoption);
        celebrationHearing = orEmpty(celebrationHearing);
        bookStarted = orEmpty(bookStarted);
        firstStageGiven = orEmpty(firstStageGiven);
        bookCompleted = orEmpty(bookCompleted);
        laterLifeLetterGiven = orEmpty(laterLifeLetterGiven);
        notBefore("The celebration hearing", celebrationHearing, "the placement for adoption", placedForAdoption);
        notBefore("The first stage of the life story book", firstStageGiven, "the start of the book", bookStarted);
        notBefore("The completed life story book", bookCompleted, "the start of the book", bookStarted);
        notBefore("The completed life story book", bookCompleted, "the first stage of the book", firstStageGiven);
    }

    public static LifeStoryWork notStarted() {
        return new LifeStoryWork(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public LifeStoryWork placedForAdoptionOn(LocalDate day) {
        return new LifeStoryWork(Optional.of(day), celebrationHearing, bookStarted, firstStageGiven, bookCompleted,
                laterLifeLetterGiven);
    }

    public LifeStoryWork celebrationHearingOn(LocalDate day) {
        return new LifeStoryWork(placedForAdoption, Optional.of(day), bookStarted, firstStageGiven, bookCompleted,
                laterLifeLetterGiven);
    }

    public LifeStoryWork bookStartedOn(LocalDate day) {
        return new LifeStoryWork(placedForAdoption, celebrationHearing, Optional.of(day), firstStageGiven, bookCompleted,
                laterLifeLetterGiven);
    }

    public LifeStoryWork firstStageGivenOn(LocalDate day) {
        return new LifeStoryWork(placedForAdoption, celebrationHearing, bookStarted, Optional.of(day), bookCompleted,
                laterLifeLetterGiven);
    }

    public LifeStoryWork bookCompletedOn(LocalDate day) {
        return new LifeStoryWork(placedForAdoption, celebrationHearing, bookStarted, firstStageGiven, Optional.of(day),
                laterLifeLetterGiven);
    }

    public LifeStoryWork laterLifeLetterGivenOn(LocalDate day) {
        return new LifeStoryWork(placedForAdoption, celebrationHearing, bookStarted, firstStageGiven, bookCompleted,
                Optional.of(day));
    }

    public LifeStoryBookStatus bookStatus() {
        if (bookCompleted.isPresent()) {
            return LifeStoryBookStatus.COMPLETED;
        }
        if (firstStageGiven.isPresent()) {
            return LifeStoryBookStatus.FIRST_STAGE_GIVEN;
        }
        if (bookStarted.isPresent()) {
            return LifeStoryBookStatus.IN_PROGRESS;
        }
        return LifeStoryBookStatus.NOT_STARTED;
    }

    /**
     * The day of the second statutory review of the placement, by which the first stage of the book
     * is due; empty until the child is placed for adoption.
     */
    public Optional<LocalDate> firstStageDue(LifeStoryTimescales timescales) {
        LifeStorySettings settings = timescales.settings();
        return placedForAdoption.map(placed -> placed
                .plus(settings.firstReviewAfterPlacement())
                .plus(settings.secondReviewAfterFirst()));
    }

    /**
     * The day the completed book is due; empty until the celebration hearing is known.
     */
    public Optional<LocalDate> completedBookDue(LifeStoryTimescales timescales) {
        return celebrationHearing.map(hearing -> timescales.workingDays()
                .plusWorkingDays(hearing, timescales.settings().workingDaysAfterCelebration()));
    }

    /**
     * The day the later life letter is due; empty until the celebration hearing is known.
     */
    public Optional<LocalDate> laterLifeLetterDue(LifeStoryTimescales timescales) {
        return completedBookDue(timescales);
    }

    public boolean isOverdue(LocalDate today, LifeStoryTimescales timescales) {
        return !overdue(today, timescales).isEmpty();
    }

    /**
     * What is overdue on the day, as messages naming the due date.
     */
    public List<String> overdue(LocalDate today, LifeStoryTimescales timescales) {
        Objects.requireNonNull(today, "Say which day to check");
        List<String> overdue = new ArrayList<>();
        firstStageDue(timescales)
                .filter(due -> today.isAfter(due) && firstStageGiven.isEmpty() && bookCompleted.isEmpty())
                .ifPresent(due -> overdue.add("The first stage of the life story book was due by " + DisplayDate.of(due)));
        completedBookDue(timescales)
                .filter(due -> today.isAfter(due) && bookCompleted.isEmpty())
                .ifPresent(due -> overdue.add("The completed life story book was due by " + DisplayDate.of(due)));
        laterLifeLetterDue(timescales)
                .filter(due -> today.isAfter(due) && laterLifeLetterGiven.isEmpty())
                .ifPresent(due -> overdue.add("The later life letter was due by " + DisplayDate.of(due)));
        return overdue;
    }

    private static Optional<LocalDate> orEmpty(Optional<LocalDate> day) {
        return day == null ? Optional.empty() : day;
    }

    private static void notBefore(String later, Optional<LocalDate> laterDay, String earlier, Optional<LocalDate> earlierDay) {
        if (laterDay.isPresent() && earlierDay.isPresent() && laterDay.get().isBefore(earlierDay.get())) {
            throw new IllegalArgumentException(later + " (" + DisplayDate.of(laterDay.get()) + ") cannot be before "
                    + earlier + " (" + DisplayDate.of(earlierDay.get()) + ")");
        }
    }
}
