package org.hearth.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;

/**
 * The effective events of a journey in journey order: by date, and on the same day in the order
 * of {@link JourneyEventType}.
 */
public final class JourneyEvents {

    public static final Comparator<JourneyEvent> JOURNEY_ORDER =
            Comparator.comparing(JourneyEvent::date).thenComparing(JourneyEvent::type);

    private final List<JourneyEvent> events;

    private JourneyEvents(List<JourneyEvent> sorted) {
        this.events = List.copyOf(sorted);
    }

    public static JourneyEvents of(Collection<JourneyEvent> events) {
        List<JourneyEvent> sorted = new ArrayList<>(events);
        sorted.sort(JOURNEY_ORDER);
        return new JourneyEvents(sorted);
    }

    public List<JourneyEvent> all() {
        return events;
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    public boolean contains(JourneyEventType type) {
        return events.stream().anyMatch(event -> event.is(type));
    }

    public Optional<JourneyEvent> first(JourneyEventType type, JourneyEventType... more) {
        Set<JourneyEventType> types = EnumSet.of(type, more);
        return events.stream().filter(event -> types.contains(event.type())).findFirst();
    }

    public Optional<JourneyEvent> first(Set<JourneyEventType> types) {
        return events.stream().filter(event -> types.contains(event.type())).findFirst();
    }

    public Optional<JourneyEvent> latest(JourneyEventType type, JourneyEventType... more) {
        Set<JourneyEventType> types = EnumSet.of(type, more);
        JourneyEvent latest = null;
        for (JourneyEvent event : events) {
            if (types.contains(event.type())) {
                latest = event;
            }
        }
        return Optional.ofNullable(latest);
    }

    public Optional<JourneyEvent> firstMatching(Predicate<JourneyEvent> wanted) {
        return events.stream().filter(wanted).findFirst();
    }

    /**
     * The events dated on or before the day.
     */
    public JourneyEvents onOrBefore(LocalDate day) {
        return new JourneyEvents(events.stream().filter(event -> !event.date().isAfter(day)).toList());
    }

    /**
     * The events dated on or after the day.
     */
    public JourneyEvents onOrAfter(LocalDate day) {
        return new JourneyEvents(events.stream().filter(event -> !event.date().isBefore(day)).toList());
    }

    /**
     * Splits the journey into rounds. Each event of one of the closing types ends its round and
     * a new round starts after it: a disruption before the order ends a round of family finding
     * and matching; "adoption no longer the plan" ends a round of adoption planning. A closing
     * event belongs to the round it ends. On the same day, the closing event comes after the
     * day's other events (see {@link #JOURNEY_ORDER}).
     */
    public List<JourneyEvents> rounds(Set<JourneyEventType> closers) {
        List<JourneyEvents> rounds = new ArrayList<>();
        List<JourneyEvent> current = new ArrayList<>();
        for (JourneyEvent event : events) {
            current.add(event);
            if (closers.contains(event.type())) {
                rounds.add(new JourneyEvents(current));
                current = new ArrayList<>();
            }
        }
        rounds.add(new JourneyEvents(current));
        return rounds;
    }
}
