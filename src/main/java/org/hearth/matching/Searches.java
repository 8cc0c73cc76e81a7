package org.hearth.matching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Affiliation;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.hearth.access.Role;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.ChildId;
import org.hearth.matching.internal.SearchStore;
import org.hearth.matching.internal.SearchStore.StoredSearch;
import org.hearth.matching.internal.SettingsStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family-finding searches: started for a child (with the siblings to be placed together), in-house
 * first, ranked with reasons, widened to the hub's other agencies only after both managers' sign-offs;
 * and the other direction, the waiting children ranked for an approved household. The search belongs
 * to the agency that runs it; the child's borough sees it too, with every household as a profile.
 */
@Service
public class Searches {

    private static final String SUBJECT = "family-finding search";

    private final MatchingPool pool;
    private final SearchStore store;
    private final SettingsStore settings;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Links links;

    Searches(MatchingPool pool, SearchStore store, SettingsStore settings, AccessPolicy policy, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, Links links) {
        this.links = links;
        this.pool = pool;
        this.store = store;
        this.settings = settings;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts an in-house search for the child, with the brothers and sisters they are to be placed
     * together with, or returns the agency's search already running for the child.
     */
    @Transactional
    public SearchId start(CurrentUser user, ChildId childId) {
        policy.checkMaySearchPool(user);
        policy.require(user, Capability.CASE_WRITE);
        PoolChild child = pool.child(user, childId);
        Optional<SearchId> running = store.latestFor(childId, user.agencyId());
        if (running.isPresent()) {
            return running.get();
        }
        FamilyFindingSearch search = FamilyFindingSearch.start(SearchId.newId(), child.profile().childIds(), clock);
        store.add(search, user.agencyId(), child.boroughCode(), user.username());
        audit.record(AuditRecord.created(AuditScope.agencyAndBorough(user.agencyId(), child.boroughCode()), SUBJECT, search.id().toString(),
                "Family-finding search started for " + child.names().size() + (child.names().size() == 1 ? " child" : " children"),
                null));
        search.events().forEach(events::publishEvent);
        return search.id();
    }

    /** The search with its households ranked, for someone who may see it; the view is audited. */
    @Transactional
    public SearchResults results(CurrentUser user, SearchId id) {
        StoredSearch stored = readable(user, id);
        FamilyFindingSearch search = stored.search();
        PoolChild child = pool.child(user, search.children().get(0));
        MatchingSettings agencySettings = settings.of(stored.agencyId());
        List<HouseholdProfile> households = pool.households(user, stored.agencyId());
        HouseholdRanking ranking = new Ranking(agencySettings).rankHouseholdsFor(child.profile(),
                search.candidates(households));
        long withoutRange = pool.householdsWithoutRange(user, stored.agencyId(), search.scope());
        audit.record(AuditRecord.viewed(scopeOf(stored), SUBJECT, id.toString(), "Search results viewed: " + ranking.ranked().size()
                + " households ranked, " + ranking.excluded().size() + " excluded"));
        return new SearchResults(search, stored.agencyId(), stored.boroughCode(), stored.startedBy(), child, ranking,
                withoutRange, agencySettings, signOffRoleOf(user, stored).orElse(null));
    }

    /**
     * Shortlists a household found by the search for the search's children: a link is opened. Another
     * agency's household only once the search is widened (the links check it).
     */
    @Transactional
    public Link shortlist(CurrentUser user, SearchId id, HouseholdId household) {
        StoredSearch stored = readable(user, id);
        policy.checkMaySearchPool(user);
        policy.require(user, Capability.CASE_WRITE);
        if (household == null) {
            throw new LinkRuleBroken("householdId", "Select a household to shortlist");
        }
        return links.shortlist(user, id, stored.search().children(), household);
    }

    /**
     * Records the user's sign-off: a team manager of the search's agency signs off as the
     * family-finding team manager, a team manager of the child's borough as the child's social work
     * team manager. Anyone else is refused.
     */
    @Transactional
    public void signOff(CurrentUser user, SearchId id) {
        StoredSearch stored = readable(user, id);
        SignOffRole role = signOffRoleOf(user, stored)
            .orElseThrow(() -> new AccessDeniedException("Only the family-finding team manager or the child's social work team manager can sign off"));
        stored.search().recordSignOff(new SignOff(user.username(), role, clock.instant()));
        store.update(stored, null);
        audit.record(AuditRecord.changed(scopeOf(stored), SUBJECT, id.toString(), "Signed off as " + role.words(), null, null));
    }

    /** Widens the search to the hub's other agencies, once both sign-offs are recorded. */
    @Transactional
    public void widen(CurrentUser user, SearchId id) {
        StoredSearch stored = readable(user, id);
        if (user.role().affiliation() != Affiliation.AGENCY || !stored.agencyId().equals(user.agencyId())) {
            throw new AccessDeniedException("Only the agency running the search can widen it");
        }
        policy.require(user, Capability.CASE_WRITE);
        FamilyFindingSearch search = stored.search();
        search.widenToOtherAgencies(clock);
        store.update(stored, user.username());
        audit.record(AuditRecord.changed(scopeOf(stored), SUBJECT, id.toString(), "Search widened to other agencies", "in-house",
                "other agencies"));
        search.events().forEach(events::publishEvent);
    }

    /**
     * The other direction: the children waiting in the agency's boroughs ranked for one of its
     * households (approved, or in stage 2 as horizon scanning). The view is audited.
     */
    @Transactional
    public ChildRanking childrenFor(CurrentUser user, HouseholdId householdId) {
        policy.checkMaySearchPool(user);
        HouseholdProfile household = pool.household(user, householdId, user.agencyId())
            .filter(HouseholdProfile::isInHouse)
            .orElseThrow(() -> new RecordNotFound("Household"));
        List<ChildProfile> children = pool.waitingChildren(user, "Children waiting, ranked for a household")
            .stream()
            .map(PoolChild::profile)
            .toList();
        ChildRanking ranking = new Ranking(settings.of(user.agencyId())).rankChildrenFor(household, children);
        audit.record(AuditRecord.viewed(AuditScope.agency(user.agencyId()), "household", householdId.toString(), "Waiting children ranked for the household: "
                + ranking.ranked().size() + " ranked, " + ranking.excluded().size() + " excluded"));
        return ranking;
    }

    /** The agency's matching settings. */
    @Transactional
    public MatchingSettings settingsOf(CurrentUser user) {
        policy.checkMaySearchPool(user);
        return settings.of(user.agencyId());
    }

    /** Changes the agency's matching weights and distance policy: the head of service or a team manager. */
    @Transactional
    public void changeSettings(CurrentUser user, MatchingSettings changed) {
        checkMayChangeSettings(user);
        MatchingSettings before = settings.of(user.agencyId());
        settings.save(user.agencyId(), changed, user.username(), clock.instant());
        audit.record(AuditRecord.changed(AuditScope.agency(user.agencyId()), "matching settings", user.agencyId(), "Matching settings changed",
                before.toString(), changed.toString()));
    }

    /** Passes for the head of service and team managers of an agency; anyone else is refused. */
    public void checkMayChangeSettings(CurrentUser user) {
        policy.checkMaySearchPool(user);
        if (user.role() != Role.HEAD_OF_SERVICE && user.role() != Role.TEAM_MANAGER) {
            throw new AccessDeniedException("Only the head of service or a team manager can change the matching settings");
        }
    }

    private StoredSearch readable(CurrentUser user, SearchId id) {
        StoredSearch stored = store.byId(id).orElseThrow(() -> new RecordNotFound("Search"));
        policy.checkMaySeeHouseholdProfiles(user);
        if (user.role().affiliation() == Affiliation.AGENCY) {
            if (!stored.agencyId().equals(user.agencyId())) {
                throw new RecordNotFound("Search");
            }
        }
        else {
            policy.checkMayReadChildOf(user, stored.boroughCode(), "Search");
        }
        return stored;
    }

    private static Optional<SignOffRole> signOffRoleOf(CurrentUser user, StoredSearch stored) {
        if ((user.role() == Role.TEAM_MANAGER || user.role() == Role.HEAD_OF_SERVICE)
                && stored.agencyId().equals(user.agencyId())) {
            return Optional.of(SignOffRole.FAMILY_FINDING_TEAM_MANAGER);
        }
        if (user.role() == Role.BOROUGH_TEAM_MANAGER && stored.boroughCode().equals(user.boroughCode())) {
            return Optional.of(SignOffRole.CHILDS_SOCIAL_WORK_TEAM_MANAGER);
        }
        return Optional.empty();
    }

    /** A search's audit rows belong to the searching agency and to the child's borough. */
    private static AuditScope scopeOf(StoredSearch stored) {
        return AuditScope.agencyAndBorough(stored.agencyId(), stored.boroughCode());
    }
}
