package org.hearth.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hearth.children.internal.DisplayDate;
import org.hearth.children.internal.JourneyEvents;
import org.hearth.children.internal.JourneyRules;

/**
 * A child's permanence journey: the dated events from entering care to the adoption order, as
 * entries that are never changed or deleted. A wrong entry is corrected, or withdrawn, by a new
 * entry that gives a reason.
 *
 * <p>The <em>effective</em> events are those of the entries that no later entry corrects or
 * withdraws. Every change is checked against the journey's rules on the effective events after
 * the change; a change that breaks a rule is refused with {@link JourneyRuleBroken} and leaves the
 * journey as it was. Rules that a stored journey already broke before the change (for example in
 * imported data) do not block unrelated changes; {@link #brokenRules(Clock)} lists them.
 *
 * <p>"Today" and the time of recording come from the {@link Clock} passed in; its zone decides the
 * date (Europe/London for the agency).
 */
public final class Journey {

    private static final Comparator<JourneyEntry> TIMELINE_ORDER = Comparator
            .comparing(JourneyEntry::date)
            .thenComparing(JourneyEntry::type)
            .thenComparing(JourneyEntry::recordedAt);

    private final ChildId child;
    private final JourneySettings settings;
    private final List<JourneyEntry> entries;
    private final List<JourneyEntryRecorded> domainEvents = new ArrayList<>();
    private Birth birth;

    private Journey(ChildId child, Birth birth, JourneySettings settings, List<JourneyEntry> entries) {
        this.child = Objects.requireNonNull(child, "A journey belongs to a child");
        this.birth = Objects.requireNonNull(birth, "A journey needs the child's date of birth or expected date");
        this.settings = Objects.requireNonNull(settings, "A journey needs its settings");
        this.entries = new ArrayList<>(entries);
    }

    /**
     * A new journey with no events.
     */
    public static Journey start(ChildId child, Birth birth) {
        return start(child, birth, JourneySettings.defaults());
    }

    public static Journey start(ChildId child, Birth birth, JourneySettings settings) {
        return new Journey(child, birth, settings, List.of());
    }

    /**
     * The journey as stored: every entry ever recorded for the child, in any order (they are put in
     * the order recorded; entries recorded in the same instant after the entry they correct, then
     * by id). The entries
     * are not checked against the journey's rules (they were when recorded, perhaps under older
     * rules), only for consistency: ids are unique, a correction refers to an entry of this
     * journey, no entry is corrected twice, and a withdrawal is never corrected.
     *
     * @throws IllegalArgumentException when the stored entries are inconsistent
     */
    public static Journey rebuild(ChildId child, Birth birth, Collection<JourneyEntry> entries) {
        return rebuild(child, birth, entries, JourneySettings.defaults());
    }

    public static Journey rebuild(ChildId child, Birth birth, Collection<JourneyEntry> entries, JourneySettings settings) {
        Map<JourneyEntryId, JourneyEntry> byId = new HashMap<>();
        for (JourneyEntry entry : entries) {
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("Journey entry " + entry.id() + " is stored twice");
            }
        }
        Set<JourneyEntryId> corrected = new HashSet<>();
        for (JourneyEntry entry : entries) {
            if (entry.corrects().isEmpty()) {
                continue;
            }
            JourneyEntryId target = entry.corrects().get();
            if (!byId.containsKey(target)) {
                throw new IllegalArgumentException("Journey entry " + entry.id() + " corrects " + target
                        + ", which is not an entry of this journey");
            }
            if (byId.get(target).isWithdrawal()) {
                throw new IllegalArgumentException("Journey entry " + entry.id() + " corrects the withdrawal " + target);
            }
            if (!corrected.add(target)) {
                throw new IllegalArgumentException("Journey entry " + target + " is corrected more than once");
            }
        }
        Map<JourneyEntryId, Integer> depth = new HashMap<>();
        byId.keySet().forEach(id -> correctionDepth(id, byId, depth, new HashSet<>()));
        List<JourneyEntry> inRecordedOrder = new ArrayList<>(entries);
        inRecordedOrder.sort(Comparator.comparing(JourneyEntry::recordedAt)
                .thenComparing(entry -> depth.get(entry.id()))
                .thenComparing(entry -> entry.id().value()));
        return new Journey(child, birth, settings, inRecordedOrder);
    }

    /**
     * How many corrections lead back to the first entry: 0 for an entry that corrects nothing. A
     * correction recorded in the same instant as the entry it corrects still comes after it.
     */
    private static int correctionDepth(JourneyEntryId id, Map<JourneyEntryId, JourneyEntry> byId,
            Map<JourneyEntryId, Integer> depth, Set<JourneyEntryId> visiting) {
        Integer known = depth.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            throw new IllegalArgumentException("Journey entry " + id + " is part of a circle of corrections");
        }
        int found = byId.get(id).corrects().map(target -> correctionDepth(target, byId, depth, visiting) + 1).orElse(0);
        depth.put(id, found);
        return found;
    }

    public ChildId child() {
        return child;
    }

    public Birth birth() {
        return birth;
    }

    public JourneySettings settings() {
        return settings;
    }

    /**
     * Records an event.
     *
     * @return the new entry, to be stored
     * @throws JourneyRuleBroken when the event would break a rule of the journey
     */
    public JourneyEntry record(JourneyEvent event, String recordedBy, Clock clock) {
        return record(event, null, recordedBy, clock);
    }

    /**
     * Records an event with a note.
     *
     * @param note free text, or null
     */
    public JourneyEntry record(JourneyEvent event, String note, String recordedBy, Clock clock) {
        Objects.requireNonNull(event, "Say which event to record");
        JourneyEntry entry = new JourneyEntry(JourneyEntryId.newId(), event.type(), event.date(), event.reason(),
                Optional.ofNullable(note), clock.instant(), recordedBy, Optional.empty());
        return add(entry, clock);
    }

    /**
     * Corrects an entry: the corrected event replaces it, and the entry stays in the timeline
     * marked as corrected.
     *
     * @param corrected the event as it should have been recorded; it may be of another type
     * @param reason    why the entry was wrong
     * @throws JourneyRuleBroken when the entry was already corrected or withdrawn, when the
     *         correction changes nothing, or when the corrected journey would break a rule
     */
    public JourneyEntry correct(JourneyEntryId entryId, JourneyEvent corrected, String reason, String recordedBy, Clock clock) {
        Objects.requireNonNull(corrected, "Say what the entry should have been");
        JourneyEntry wrong = effectiveEntry(entryId, clock);
        if (wrong.event().equals(corrected)) {
            throw new JourneyRuleBroken("The correction is the same as the entry it corrects: "
                    + corrected.type().label() + " on " + DisplayDate.of(corrected.date()));
        }
        JourneyEntry entry = new JourneyEntry(JourneyEntryId.newId(), corrected.type(), corrected.date(),
                corrected.reason(), wrong.note(), clock.instant(), recordedBy,
                Optional.of(Correction.replacing(entryId, reason)));
        return add(entry, clock);
    }

    /**
     * Corrects the date of an entry, keeping its event type and reason code.
     */
    public JourneyEntry correctDate(JourneyEntryId entryId, LocalDate date, String reason, String recordedBy, Clock clock) {
        JourneyEntry wrong = effectiveEntry(entryId, clock);
        return correct(entryId, new JourneyEvent(wrong.type(), date, wrong.reason()), reason, recordedBy, clock);
    }

    /**
     * Withdraws an entry recorded in error: nothing replaces it, and it stays in the timeline
     * marked as withdrawn.
     *
     * @throws JourneyRuleBroken when the entry was already corrected or withdrawn, or when the
     *         journey without it would break a rule
     */
    public JourneyEntry withdraw(JourneyEntryId entryId, String reason, String recordedBy, Clock clock) {
        JourneyEntry wrong = effectiveEntry(entryId, clock);
        JourneyEntry entry = new JourneyEntry(JourneyEntryId.newId(), wrong.type(), wrong.date(), wrong.reason(),
                Optional.empty(), clock.instant(), recordedBy, Optional.of(Correction.withdrawing(entryId, reason)));
        return add(entry, clock);
    }

    /**
     * Records the child's birth, or changes the date of birth or expected date.
     *
     * @throws JourneyRuleBroken when an event would then be before the birth
     */
    public void changeBirth(Birth changed, Clock clock) {
        Objects.requireNonNull(changed, "Give the date of birth or the expected date");
        LocalDate today = LocalDate.now(clock);
        List<String> newlyBroken = newlyBroken(effectiveEventsOf(entries), birth, effectiveEventsOf(entries), changed, today);
        if (!newlyBroken.isEmpty()) {
            throw new JourneyRuleBroken(newlyBroken);
        }
        this.birth = changed;
    }

    /**
     * Every entry ever recorded, in the order recorded: what to store.
     */
    public List<JourneyEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The events that count, in journey order (by date; on the same day in the order of
     * {@link JourneyEventType}).
     */
    public List<JourneyEvent> effectiveEvents() {
        return JourneyEvents.of(effectiveEventsOf(entries)).all();
    }

    /**
     * The journey's history for the timeline: every entry, including corrected and withdrawn ones
     * and the corrections themselves, by event date; on the same date in journey order, then in
     * the order recorded. A withdrawal carries the date of the entry it withdraws, so it is shown
     * next to it.
     */
    public List<TimelineEntry> timeline() {
        Map<JourneyEntryId, JourneyEntry> correctedBy = new HashMap<>();
        entries.forEach(entry -> entry.corrects().ifPresent(target -> correctedBy.put(target, entry)));
        return entries.stream()
                .sorted(TIMELINE_ORDER)
                .map(entry -> new TimelineEntry(entry, Optional.ofNullable(correctedBy.get(entry.id()))))
                .toList();
    }

    /**
     * The date of the latest effective event of the type.
     */
    public Optional<LocalDate> dateOf(JourneyEventType type) {
        return latest(type).map(JourneyEvent::date);
    }

    /**
     * The date of the first effective event of the type.
     */
    public Optional<LocalDate> firstDateOf(JourneyEventType type) {
        return JourneyEvents.of(effectiveEventsOf(entries)).first(type).map(JourneyEvent::date);
    }

    /**
     * The latest effective event of the type, with its reason code where it has one.
     */
    public Optional<JourneyEvent> latest(JourneyEventType type) {
        return JourneyEvents.of(effectiveEventsOf(entries)).latest(type);
    }

    public Optional<LocalDate> enteredCare() {
        return dateOf(JourneyEventType.ENTERED_CARE);
    }

    /**
     * The latest should be placed for adoption decision (SSDA903 DATE_INT / PlacedAdoption
     * DATE_PLACED, which is this decision and not the date the child moved in).
     */
    public Optional<LocalDate> shouldBePlacedDecision() {
        return dateOf(JourneyEventType.SHOULD_BE_PLACED_DECISION);
    }

    public Optional<LocalDate> placementOrder() {
        return dateOf(JourneyEventType.PLACEMENT_ORDER);
    }

    public Optional<LocalDate> matchDecision() {
        return dateOf(JourneyEventType.MATCH_DECISION);
    }

    /**
     * The latest date the child moved in with prospective adopters as a placement for adoption.
     */
    public Optional<LocalDate> placedForAdoption() {
        return dateOf(JourneyEventType.PLACED_FOR_ADOPTION);
    }

    public Optional<LocalDate> earlyPermanencePlacement() {
        return dateOf(JourneyEventType.EARLY_PERMANENCE_PLACEMENT);
    }

    public Optional<LocalDate> adoptionOrder() {
        return dateOf(JourneyEventType.ADOPTION_ORDER);
    }

    /**
     * The tracker stage on the day, derived from the effective events (see {@link TrackerStagePolicy}).
     */
    public TrackerStage stageOn(LocalDate day) {
        return TrackerStagePolicy.stageOn(effectiveEventsOf(entries), birth, day);
    }

    /**
     * The rules the journey breaks as it stands, for example after an import; empty for a journey
     * built only through {@link #record}, {@link #correct} and {@link #withdraw}.
     */
    public List<String> brokenRules(Clock clock) {
        return JourneyRules.on(LocalDate.now(clock), settings).brokenBy(effectiveEventsOf(entries), birth);
    }

    /**
     * What happened to the journey since the events were last cleared, for publishing.
     */
    public List<JourneyEntryRecorded> domainEvents() {
        return List.copyOf(domainEvents);
    }

    public void clearDomainEvents() {
        domainEvents.clear();
    }

    private JourneyEntry effectiveEntry(JourneyEntryId entryId, Clock clock) {
        Objects.requireNonNull(entryId, "Say which entry to correct");
        JourneyEntry entry = entries.stream()
                .filter(candidate -> candidate.id().equals(entryId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Journey entry " + entryId + " is not an entry of this journey"));
        if (entry.isWithdrawal()) {
            throw new JourneyRuleBroken("A withdrawal cannot be corrected: record the event again instead");
        }
        Optional<JourneyEntry> laterCorrection = entries.stream()
                .filter(candidate -> candidate.corrects().filter(entryId::equals).isPresent())
                .findFirst();
        if (laterCorrection.isPresent()) {
            JourneyEntry later = laterCorrection.get();
            throw new JourneyRuleBroken("This entry was already " + (later.isWithdrawal() ? "withdrawn" : "corrected")
                    + " on " + DisplayDate.of(LocalDate.ofInstant(later.recordedAt(), clock.getZone()))
                    + " by " + later.recordedBy() + ": change the latest entry instead");
        }
        return entry;
    }

    private JourneyEntry add(JourneyEntry entry, Clock clock) {
        List<JourneyEntry> after = new ArrayList<>(entries);
        after.add(entry);
        List<String> newlyBroken = newlyBroken(effectiveEventsOf(entries), birth, effectiveEventsOf(after), birth,
                LocalDate.now(clock));
        if (!newlyBroken.isEmpty()) {
            throw new JourneyRuleBroken(newlyBroken);
        }
        entries.add(entry);
        domainEvents.add(new JourneyEntryRecorded(child, entry));
        return entry;
    }

    private List<String> newlyBroken(List<JourneyEvent> before, Birth birthBefore, List<JourneyEvent> after,
            Birth birthAfter, LocalDate today) {
        JourneyRules rules = JourneyRules.on(today, settings);
        List<String> brokenBefore = rules.brokenBy(before, birthBefore);
        return rules.brokenBy(after, birthAfter).stream()
                .filter(message -> !brokenBefore.contains(message))
                .toList();
    }

    private static List<JourneyEvent> effectiveEventsOf(List<JourneyEntry> entries) {
        Set<JourneyEntryId> replaced = new HashSet<>();
        entries.forEach(entry -> entry.corrects().ifPresent(replaced::add));
        return entries.stream()
                .filter(entry -> !entry.isWithdrawal() && !replaced.contains(entry.id()))
                .map(JourneyEntry::event)
                .toList();
    }
}
