package org.hearth.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hearth.children.ChildId;

/**
 * A family-finding search for a child, or a sibling group to be placed together. The agency's
 * policy is in-house first: a search starts with the in-house households, approved and in stage 2
 * (horizon scanning). Only after both the family-finding team manager and the child's social work
 * team manager have signed off is it widened to the hub's other agencies and to outside agencies.
 */
public final class FamilyFindingSearch {

    private final SearchId id;
    private final List<ChildId> children;
    private final Instant startedAt;
    private final Map<SignOffRole, SignOff> signOffs = new EnumMap<>(SignOffRole.class);
    private SearchScope scope = SearchScope.IN_HOUSE;
    private Instant widenedAt;
    private final List<Object> events = new ArrayList<>();

    private FamilyFindingSearch(SearchId id, List<ChildId> children, Instant startedAt) {
        this.id = id;
        this.children = children;
        this.startedAt = startedAt;
    }

    /** Starts an in-house search for the child, or for the sibling group to be placed together. */
    public static FamilyFindingSearch start(SearchId id, List<ChildId> children, Clock clock) {
        Objects.requireNonNull(id, "A search needs an id");
        if (children == null || children.isEmpty()) {
            throw new IllegalArgumentException("A search is for at least one child");
        }
        if (children.stream().distinct().count() != children.size()) {
            throw new IllegalArgumentException("A child cannot be named twice in one search");
        }
        FamilyFindingSearch search = new FamilyFindingSearch(id, List.copyOf(children), clock.instant());
        search.events.add(new SearchStarted(id, search.children, search.startedAt));
        return search;
    }

    /** The search as stored: no events are registered. */
    public static FamilyFindingSearch restore(SearchId id, List<ChildId> children, Instant startedAt,
            List<SignOff> signOffs, SearchScope scope, Instant widenedAt) {
        FamilyFindingSearch search = new FamilyFindingSearch(id, List.copyOf(children), startedAt);
        for (SignOff signOff : signOffs) {
            search.signOffs.put(signOff.role(), signOff);
        }
        search.scope = Objects.requireNonNull(scope);
        search.widenedAt = widenedAt;
        return search;
    }

    /**
     * Records a manager's sign-off. A later sign-off in the same role replaces the earlier one. The
     * two sign-offs must be given by two different people.
     *
     * @throws WideningRefused when the same person has already signed off in the other role
     */
    public void recordSignOff(SignOff signOff) {
        Objects.requireNonNull(signOff, "A sign-off is needed");
        for (SignOff other : signOffs.values()) {
            if (other.role() != signOff.role() && other.who().equals(signOff.who())) {
                throw new WideningRefused(signOff.who() + " has already signed off as " + other.role().words()
                        + "; the sign-off of " + signOff.role().words() + " must be given by someone else");
            }
        }
        signOffs.put(signOff.role(), signOff);
    }

    /**
     * Widens the search to the hub's other agencies and to outside agencies.
     *
     * @throws WideningRefused naming the sign-offs still missing, or when already widened
     */
    public void widenToOtherAgencies(Clock clock) {
        if (scope == SearchScope.OTHER_AGENCIES) {
            throw new WideningRefused("The search has already been widened to other agencies");
        }
        List<String> missing = new ArrayList<>();
        for (SignOffRole role : SignOffRole.values()) {
            if (!signOffs.containsKey(role)) {
                missing.add(role.words());
            }
        }
        if (!missing.isEmpty()) {
            throw new WideningRefused("The search cannot be widened to other agencies until both managers have signed off: "
                    + "the sign-off of " + String.join(" and of ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing");
        }
        Instant now = clock.instant();
        for (SignOff signOff : signOffs.values()) {
            if (signOff.when().isAfter(now)) {
                throw new WideningRefused("The sign-off of " + signOff.role().words() + " is dated after now");
            }
        }
        scope = SearchScope.OTHER_AGENCIES;
        widenedAt = now;
        events.add(new SearchWidened(id, children, signOffs(), now));
    }

    /** Whether the search looks at the household now: in-house always, another agency's once widened. */
    public boolean looksAt(HouseholdProfile household) {
        return scope.includes(household);
    }

    /** The households of the pool that this search looks at now. */
    public List<HouseholdProfile> candidates(Collection<HouseholdProfile> households) {
        return candidatesIn(scope, households);
    }

    /** The households of the pool in a scope, in the order given. */
    public static List<HouseholdProfile> candidatesIn(SearchScope scope, Collection<HouseholdProfile> households) {
        return households.stream().filter(scope::includes).toList();
    }

    public SearchId id() {
        return id;
    }

    public List<ChildId> children() {
        return children;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public SearchScope scope() {
        return scope;
    }

    /** When the search was widened, or {@code null} while it is in-house. */
    public Instant widenedAt() {
        return widenedAt;
    }

    /** The sign-offs recorded, in role order. */
    public List<SignOff> signOffs() {
        return List.copyOf(signOffs.values());
    }

    /** The events registered since the search was loaded, oldest first. */
    public List<Object> events() {
        return Collections.unmodifiableList(events);
    }
}
