package org.hearth.children;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.children.Journeys.on;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The life story book's first stage is due by the second review of the placement; the completed
 * book and the later life letter 10 working days after the celebration hearing.
 */
class LifeStoryWorkTests {

    /** Working days for these tests: Monday to Friday, no bank holidays. */
    private static final WorkingDayCounter WEEKDAYS = (from, days) -> {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    };

    private static final LifeStoryTimescales TIMESCALES = new LifeStoryTimescales(LifeStorySettings.defaults(), WEEKDAYS);

    private static final LifeStoryWork PLACED = LifeStoryWork.notStarted().placedForAdoptionOn(on("3 November 2025"));

    @Test
    void firstStageIsDueByTheSecondReviewOfThePlacement() {
        assertThat(PLACED.firstStageDue(TIMESCALES)).contains(on("1 March 2026"));
    }

    @Test
    void secondReviewIsThreeCalendarMonthsAfterTheFirstClippedToTheMonthEnd() {
        LifeStoryWork placed = LifeStoryWork.notStarted().placedForAdoptionOn(on("3 January 2026"));

        assertThat(placed.firstStageDue(TIMESCALES)).contains(on("30 April 2026"));
    }

    @Test
    void reviewTimesAreSettings() {
        LifeStoryTimescales longer = new LifeStoryTimescales(
                new LifeStorySettings(Period.ofWeeks(6), Period.ofMonths(4), 10), WEEKDAYS);

        assertThat(PLACED.firstStageDue(longer)).contains(on("15 April 2026"));
    }

    @Test
    void nothingIsDueBeforeThePlacement() {
        LifeStoryWork notPlaced = LifeStoryWork.notStarted();

        assertThat(notPlaced.firstStageDue(TIMESCALES)).isEmpty();
        assertThat(notPlaced.completedBookDue(TIMESCALES)).isEmpty();
        assertThat(notPlaced.isOverdue(on("1 June 2030"), TIMESCALES)).isFalse();
    }

    @Test
    void completedBookAndLaterLifeLetterAreDueTenWorkingDaysAfterTheCelebrationHearing() {
        LifeStoryWork celebrated = PLACED.celebrationHearingOn(on("15 May 2026"));

        assertThat(celebrated.completedBookDue(TIMESCALES)).contains(on("29 May 2026"));
        assertThat(celebrated.laterLifeLetterDue(TIMESCALES)).contains(on("29 May 2026"));
    }

    @Test
    void statusFollowsTheWork() {
        assertThat(PLACED.bookStatus()).isEqualTo(LifeStoryBookStatus.NOT_STARTED);
        assertThat(PLACED.bookStartedOn(on("10 November 2025")).bookStatus()).isEqualTo(LifeStoryBookStatus.IN_PROGRESS);
        assertThat(PLACED.bookStartedOn(on("10 November 2025")).firstStageGivenOn(on("1 February 2026")).bookStatus())
                .isEqualTo(LifeStoryBookStatus.FIRST_STAGE_GIVEN);
        assertThat(PLACED.bookStartedOn(on("10 November 2025")).firstStageGivenOn(on("1 February 2026"))
                .bookCompletedOn(on("20 May 2026")).bookStatus()).isEqualTo(LifeStoryBookStatus.COMPLETED);
    }

    @Test
    void firstStageNotGivenByTheSecondReviewIsOverdueFromTheNextDay() {
        LifeStoryWork started = PLACED.bookStartedOn(on("10 November 2025"));

        assertThat(started.isOverdue(on("1 March 2026"), TIMESCALES)).isFalse();
        assertThat(started.isOverdue(on("2 March 2026"), TIMESCALES)).isTrue();
        assertThat(started.overdue(on("2 March 2026"), TIMESCALES))
                .containsExactly("The first stage of the life story book was due by 1 March 2026");
    }

    @Test
    void firstStageGivenIsNotOverdue() {
        LifeStoryWork given = PLACED.bookStartedOn(on("10 November 2025")).firstStageGivenOn(on("2 March 2026"));

        assertThat(given.isOverdue(on("1 April 2026"), TIMESCALES)).isFalse();
    }

    @Test
    void completedBookAndLetterNotGivenAfterTheirDueDateAreOverdue() {
        LifeStoryWork celebrated = PLACED.bookStartedOn(on("10 November 2025"))
                .firstStageGivenOn(on("1 February 2026"))
                .celebrationHearingOn(on("15 May 2026"));

        assertThat(celebrated.isOverdue(on("29 May 2026"), TIMESCALES)).isFalse();
        assertThat(celebrated.overdue(on("1 June 2026"), TIMESCALES)).containsExactly(
                "The completed life story book was due by 29 May 2026",
                "The later life letter was due by 29 May 2026");
    }

    @Test
    void completedBookAndLetterGivenAreNotOverdue() {
        LifeStoryWork done = PLACED.bookStartedOn(on("10 November 2025"))
                .firstStageGivenOn(on("1 February 2026"))
                .celebrationHearingOn(on("15 May 2026"))
                .bookCompletedOn(on("28 May 2026"))
                .laterLifeLetterGivenOn(on("29 May 2026"));

        assertThat(done.isOverdue(on("1 June 2026"), TIMESCALES)).isFalse();
    }

    @Test
    void bookCompletedBeforeItStartedIsRefused() {
        LifeStoryWork started = PLACED.bookStartedOn(on("10 November 2025"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> started.bookCompletedOn(on("9 November 2025")));

        assertThat(refused).hasMessage("The completed life story book (9 November 2025) cannot be before the start of the book (10 November 2025)");
    }

    @Test
    void defaultSettingsAreTheStatutoryReviewsAndTenWorkingDays() {
        assertThat(LifeStorySettings.defaults())
                .isEqualTo(new LifeStorySettings(Period.ofWeeks(4), Period.ofMonths(3), 10));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LifeStorySettings(Period.ofWeeks(4), Period.ofMonths(3), -1));

        assertThat(refused).hasMessage("The working days after the celebration hearing cannot be negative");
    }
}
