package org.hearth.children;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.hearth.children.JourneyEventType.ADOPTION_ORDER;
import static org.hearth.children.JourneyEventType.ADOPTION_ORDER_APPLICATION;
import static org.hearth.children.JourneyEventType.CHILDS_PERMANENCE_REPORT;
import static org.hearth.children.JourneyEventType.EARLY_MONITORING;
import static org.hearth.children.JourneyEventType.ENTERED_CARE;
import static org.hearth.children.JourneyEventType.FAMILY_FINDING_STARTED;
import static org.hearth.children.JourneyEventType.LINKED;
import static org.hearth.children.JourneyEventType.MATCHING_PANEL;
import static org.hearth.children.JourneyEventType.MATCH_DECISION;
import static org.hearth.children.JourneyEventType.PARALLEL_PLANNING;
import static org.hearth.children.JourneyEventType.PLACED_FOR_ADOPTION;
import static org.hearth.children.JourneyEventType.PLACEMENT_ORDER;
import static org.hearth.children.JourneyEventType.SHOULD_BE_PLACED_DECISION;

/**
 * Valid journeys to start a test from. Today is 1 June 2026 in London; the child was born on
 * 10 January 2024.
 */
final class Journeys {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = on("1 June 2026");
    static final LocalDate BORN = on("10 January 2024");
    static final String WORKER = "Sam Worker";

    private Journeys() {
    }

    /**
     * A date written as in the messages: "5 March 2026".
     */
    static LocalDate on(String date) {
        return LocalDate.parse(date, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /**
     * A clock reading today, 9 o'clock London time, and moving on a second each time it is read.
     */
    static Clock clock() {
        return new AdvancingClock(TODAY.atTime(9, 0).atZone(LONDON).toInstant(), LONDON);
    }

    /**
     * The clock fixtures record with: today, earlier in the morning than {@link #clock()}.
     */
    private static Clock fixtureClock() {
        return new AdvancingClock(TODAY.atTime(8, 0).atZone(LONDON).toInstant(), LONDON);
    }

    static Builder child() {
        return new Builder(Birth.on(BORN));
    }

    static Builder unbornChild(LocalDate expected) {
        return new Builder(Birth.expectedOn(expected));
    }

    /** In care, adoption being considered. */
    static Builder childInParallelPlanning() {
        return child()
                .with(ENTERED_CARE, "6 January 2025")
                .with(EARLY_MONITORING, "20 January 2025")
                .with(PARALLEL_PLANNING, "3 February 2025")
                .with(CHILDS_PERMANENCE_REPORT, "1 April 2025");
    }

    /** With a should be placed for adoption decision on 1 May 2025. */
    static Builder childToBePlaced() {
        return childInParallelPlanning().with(SHOULD_BE_PLACED_DECISION, "1 May 2025");
    }

    /** With a placement order, family finding started, linked and through the matching panel. */
    static Builder linkedChild() {
        return childToBePlaced()
                .with(PLACEMENT_ORDER, "1 July 2025")
                .with(FAMILY_FINDING_STARTED, "7 July 2025")
                .with(LINKED, "1 September 2025")
                .with(MATCHING_PANEL, "1 October 2025");
    }

    /** Matched on 8 October 2025 and placed for adoption on 3 November 2025. */
    static Builder placedChild() {
        return linkedChild()
                .with(MATCH_DECISION, "8 October 2025")
                .with(PLACED_FOR_ADOPTION, "3 November 2025");
    }

    /** Application on 19 January 2026, adoption order on 20 April 2026. */
    static Builder adoptedChild() {
        return placedChild()
                .with(ADOPTION_ORDER_APPLICATION, "19 January 2026")
                .with(ADOPTION_ORDER, "20 April 2026");
    }

    static final class Builder {

        private final Birth birth;
        private final List<JourneyEvent> events = new ArrayList<>();
        private JourneySettings settings = JourneySettings.defaults();

        private Builder(Birth birth) {
            this.birth = birth;
        }

        Builder with(JourneyEventType type, String date) {
            events.add(JourneyEvent.of(type, on(date)));
            return this;
        }

        Builder noLongerThePlan(String date, ReasonAdoptionNoLongerThePlan reason) {
            events.add(JourneyEvent.adoptionNoLongerThePlan(on(date), reason));
            return this;
        }

        Builder settings(JourneySettings journeySettings) {
            this.settings = journeySettings;
            return this;
        }

        /**
         * Records the events one by one through the journey, so the fixture itself keeps every rule.
         */
        Journey build() {
            Journey journey = Journey.start(ChildId.newId(), birth, settings);
            Clock clock = fixtureClock();
            events.forEach(event -> journey.record(event, WORKER, clock));
            journey.clearDomainEvents();
            return journey;
        }
    }
}
