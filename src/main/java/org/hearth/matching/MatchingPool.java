package org.hearth.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.adopters.Household;
import org.hearth.adopters.Households;
import org.hearth.adopters.Stage;
import org.hearth.children.Child;
import org.hearth.children.ChildId;
import org.hearth.children.Children;
import org.hearth.children.EarlyPermanence;
import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.children.Tracker;
import org.hearth.children.TrackerRow;
import org.hearth.matching.internal.ChildNeedsStore;
import org.hearth.matching.internal.OutsideHouseholdStore;
import org.hearth.matching.internal.ProfileWords;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional pool as matching sees it: the children waiting in the user's boroughs, each with the
 * siblings they are to be placed with, and the households of every hub agency that are approved or
 * in stage 2, seen from the user's agency (in-house, another hub agency). Profiles are built here from
 * the children's and the adopters' records, through their modules' access checks.
 */
@Service
public class MatchingPool {

    private final Children children;
    private final Tracker tracker;
    private final Households households;
    private final ChildNeedsStore needs;
    private final OutsideHouseholdStore outside;
    private final OrganisationDirectory organisation;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    MatchingPool(Children children, Tracker tracker, Households households, ChildNeedsStore needs,
            OutsideHouseholdStore outside, OrganisationDirectory organisation, AccessPolicy policy, AuditLog audit,
            Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.outside = outside;
        this.children = children;
        this.tracker = tracker;
        this.households = households;
        this.needs = needs;
        this.organisation = organisation;
        this.policy = policy;
    }

    public LocalDate today() {
        return tracker.today();
    }

    // ---------------------------------------------------------------- households

    /** The households a search run by the user's agency may look at, as profiles. */
    @Transactional
    public List<HouseholdProfile> households(CurrentUser user) {
        return households(user, user.agencyId());
    }

    /**
     * The households of the pool seen from the searching agency. The user must be one who may search
     * the pool; a borough's staff see a search's results through {@link Searches}, as profiles.
     */
    List<HouseholdProfile> households(CurrentUser user, String searchingAgencyId) {
        List<HouseholdProfile> profiles = new ArrayList<>();
        for (Household household : households.poolForMatching(user)) {
            profileOf(household, searchingAgencyId).ifPresent(profiles::add);
        }
        outside.enteredBy(searchingAgencyId).forEach(household -> profiles.add(household.profile()));
        return profiles;
    }

    /**
     * How many households a search in the scope would look at but cannot rank because no approval
     * range is recorded yet: the searching agency's own, and after widening also the other agencies'
     * approved households.
     */
    @Transactional
    public long householdsWithoutRange(CurrentUser user, String searchingAgencyId, SearchScope scope) {
        return households.poolForMatching(user).stream()
            .filter(h -> h.approvalRange().isEmpty())
            .filter(h -> h.agencyId().equals(searchingAgencyId)
                    ? h.stage() == Stage.APPROVED || h.stage() == Stage.STAGE_2 || h.stage() == Stage.READY_FOR_PANEL
                            || h.stage() == Stage.AWAITING_DECISION
                    : scope == SearchScope.OTHER_AGENCIES && h.stage() == Stage.APPROVED)
            .count();
    }

    /** One household of the pool as a profile seen from the given agency, if it is in the pool. */
    @Transactional
    public Optional<HouseholdProfile> household(CurrentUser user, HouseholdId id, String searchingAgencyId) {
        Optional<Household> household = households.forMatching(user, id.value());
        if (household.isPresent()) {
            return household.flatMap(h -> profileOf(h, searchingAgencyId));
        }
        return outside.byId(id).filter(o -> o.enteredByAgency().equals(searchingAgencyId)).map(OutsideHousehold::profile);
    }

    /**
     * The household's profile: approved households, and households in stage 2 with an approval range
     * recorded (the range they are being assessed for). Others are not in the pool.
     */
    Optional<HouseholdProfile> profileOf(Household household, String searchingAgencyId) {
        return profileOf(household, searchingAgencyId, false);
    }

    /**
     * The profile of a household on a link, which stays readable once the child is placed with it (or
     * adopted); the household's own record, or an outside agency's household as entered.
     */
    @Transactional
    public Optional<HouseholdProfile> householdOnLink(CurrentUser user, HouseholdId id, String searchingAgencyId) {
        Optional<Household> household = households.forMatching(user, id.value());
        if (household.isPresent()) {
            return profileOf(household.get(), searchingAgencyId, true);
        }
        return outside.byId(id).filter(o -> o.enteredByAgency().equals(searchingAgencyId)).map(OutsideHousehold::profile);
    }

    private Optional<HouseholdProfile> profileOf(Household household, String searchingAgencyId, boolean placedToo) {
        Stage stage = household.stage();
        HouseholdStatus status;
        if (stage == Stage.APPROVED
                || placedToo && (stage == Stage.CHILD_PLACED || stage == Stage.ADOPTION_ORDER)) {
            status = HouseholdStatus.APPROVED;
        }
        else if (stage == Stage.STAGE_2 || stage == Stage.READY_FOR_PANEL || stage == Stage.AWAITING_DECISION) {
            status = HouseholdStatus.IN_STAGE_2;
        }
        else {
            return Optional.empty();
        }
        if (household.approvalRange().isEmpty()) {
            return Optional.empty();
        }
        var range = household.approvalRange().get();
        Set<Sex> sexes = switch (range.sexes()) {
            case ANY -> EnumSet.of(Sex.MALE, Sex.FEMALE);
            case GIRLS -> EnumSet.of(Sex.FEMALE);
            case BOYS -> EnumSet.of(Sex.MALE);
        };
        var approval = new ApprovalRange(1, range.childrenUpTo(), range.youngestAge(), range.oldestAge(), sexes,
                range.siblingGroup());
        Map<NeedArea, NeedLevel> capacity = new EnumMap<>(NeedArea.class);
        range.needs().forEach((area, level) -> capacity.put(area(area), NeedLevel.valueOf(level.name())));
        Set<EthnicityCode> codes = EnumSet.noneOf(EthnicityCode.class);
        Set<Religion> religions = EnumSet.noneOf(Religion.class);
        Set<Language> languages = new LinkedHashSet<>();
        for (var applicant : household.applicants()) {
            ethnicity(applicant.ethnicity()).ifPresent(codes::add);
            ProfileWords.religion(applicant.religion()).ifPresent(religions::add);
            languages.addAll(ProfileWords.languages(applicant.languages()));
        }
        Set<EthnicGroup> groups = EnumSet.noneOf(EthnicGroup.class);
        codes.stream().filter(EthnicityCode::isKnown).forEach(code -> groups.add(code.group()));
        codes.removeIf(code -> !code.isKnown());
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        range.contactKinds().forEach(kind -> contact.add(ContactKind.valueOf(kind.name())));
        HouseholdOrigin origin = household.agencyId().equals(searchingAgencyId) ? HouseholdOrigin.IN_HOUSE
                : HouseholdOrigin.OTHER_HUB_AGENCY;
        return Optional.of(new HouseholdProfile(new HouseholdId(household.id()), agency(household.agencyId()), origin,
                status, approval, capacity, codes, groups, religions, languages, range.earlyPermanence(), contact,
                BoroughCode.of(household.boroughCode()), DistancePreference.none()));
    }

    private static NeedArea area(org.hearth.adopters.ApprovalRange.NeedArea area) {
        return switch (area) {
            case HEALTH -> NeedArea.PHYSICAL_HEALTH;
            case DISABILITY -> NeedArea.DISABILITY;
            case DEVELOPMENT -> NeedArea.DEVELOPMENTAL_UNCERTAINTY;
            case EMOTIONAL_BEHAVIOURAL -> NeedArea.EMOTIONAL_AND_BEHAVIOURAL;
            case LEARNING -> NeedArea.LEARNING;
            case TRAUMA_AND_ATTACHMENT -> NeedArea.TRAUMA_AND_ATTACHMENT;
        };
    }

    private static Optional<EthnicityCode> ethnicity(String code) {
        try {
            return code == null || code.isBlank() ? Optional.empty() : Optional.of(EthnicityCode.of(code));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A hub agency as the provider of a household: a regional adoption agency; in London when all its boroughs are. */
    ProvidingAgency agency(String agencyId) {
        var id = new AgencyId(agencyId);
        String name = organisation.agency(id).map(a -> a.name()).orElse(agencyId);
        var boroughs = organisation.localAuthoritiesOf(id);
        boolean london = !boroughs.isEmpty() && boroughs.stream().allMatch(la -> la.code().toString().startsWith("E09"));
        return new ProvidingAgency(agencyId, name, AgencyKind.LOCAL_AUTHORITY_OR_RAA, london);
    }

    /** Passes for agency staff who may search the pool and change case records. */
    public void checkMayEnterOutsideHouseholds(CurrentUser user) {
        policy.checkMaySearchPool(user);
        policy.require(user, org.hearth.access.Capability.CASE_WRITE);
    }

    /** The hub's boroughs by ONS code, with their names, for pages. */
    public Map<String, String> boroughNames() {
        Map<String, String> names = new LinkedHashMap<>();
        organisation.localAuthorities().forEach(la -> names.put(la.code().toString(), la.name()));
        return names;
    }

    // ---------------------------------------------------------------- children

    /**
     * The children waiting for a family in the user's boroughs, sibling groups to be placed together
     * as one, the longest waiting first.
     */
    @Transactional
    public List<PoolChild> waitingChildren(CurrentUser user, String what) {
        policy.checkMaySearchPool(user);
        List<Child> inScope = children.tracker(user, what);
        Map<ChildId, TrackerRow> rows = new LinkedHashMap<>();
        for (Child child : inScope) {
            TrackerRow row = tracker.rowOf(child);
            if (row.waiting()) {
                rows.put(child.id(), row);
            }
        }
        Map<ChildId, ChildMatchingNeeds> recorded = needs.of(rows.keySet());
        List<PoolChild> pool = new ArrayList<>();
        Set<ChildId> taken = new LinkedHashSet<>();
        for (Child child : inScope) {
            if (!rows.containsKey(child.id()) || taken.contains(child.id())) {
                continue;
            }
            List<Child> group = groupOf(child, inScope, rows.keySet());
            group.forEach(member -> taken.add(member.id()));
            pool.add(poolChild(group, rows, recorded));
        }
        pool.sort(Comparator.comparing((PoolChild c) -> c.profile().waitingSince(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.profile().key()));
        return pool;
    }

    /**
     * The child as a search sees them: with the brothers and sisters they are to be placed together
     * with who are also waiting. The child's record must be visible to the user.
     */
    @Transactional
    public PoolChild child(CurrentUser user, ChildId id) {
        Child child = children.view(user, id);
        List<Child> inScope = children.tracker(user, "Siblings of a child in a family-finding search");
        Map<ChildId, TrackerRow> rows = new LinkedHashMap<>();
        for (Child other : inScope) {
            TrackerRow row = tracker.rowOf(other);
            if (row.waiting() || other.id().equals(id)) {
                rows.put(other.id(), row);
            }
        }
        List<Child> group = groupOf(child, inScope, rows.keySet());
        return poolChild(group, rows, needs.of(group.stream().map(Child::id).toList()));
    }

    /** The child's matching needs as recorded; the child's record must be visible to the user. */
    @Transactional
    public ChildMatchingNeeds needsOf(CurrentUser user, ChildId id) {
        children.view(user, id);
        return needs.of(id);
    }

    /** Records the child's matching needs; the user must be able to change the child's record. */
    @Transactional
    public void recordNeeds(CurrentUser user, ChildId id, Map<NeedArea, NeedLevel> levels, Set<ContactKind> contact,
            BoroughCode birthFamilyBorough) {
        children.checkMayChange(user, id);
        boolean before = needs.of(id).isRecorded();
        needs.save(id, new ChildMatchingNeeds(levels, contact, birthFamilyBorough, user.username(), clock.instant()));
        // the levels of need are health data: the trail says that they changed, not what they are
        audit.record(AuditRecord.changed(policy.auditScopeOf(user), "child", id.toString(), "Needs for matching " + (before ? "changed" : "recorded"),
                null, null));
    }

    private static List<Child> groupOf(Child child, List<Child> inScope, Set<ChildId> eligible) {
        var details = child.details();
        boolean together = details.siblingGroup() != null
                && details.siblingPlan().isSiblingGroupPlacedTogether().orElse(false);
        if (!together) {
            return List.of(child);
        }
        List<Child> group = new ArrayList<>();
        group.add(child);
        for (Child other : inScope) {
            if (!other.id().equals(child.id()) && eligible.contains(other.id())
                    && other.boroughCode().equals(child.boroughCode())
                    && details.siblingGroup().equals(other.details().siblingGroup())
                    && other.details().siblingPlan().isSiblingGroupPlacedTogether().orElse(false)) {
                group.add(other);
            }
        }
        return group;
    }

    private PoolChild poolChild(List<Child> group, Map<ChildId, TrackerRow> rows, Map<ChildId, ChildMatchingNeeds> recorded) {
        LocalDate today = today();
        List<ChildProfile.Member> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<NeedArea, NeedLevel> levels = new EnumMap<>(NeedArea.class);
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        Religion religion = null;
        Language language = null;
        boolean earlyPermanence = false;
        boolean allRecorded = true;
        BoroughCode birthFamily = null;
        LocalDate waitingSince = null;
        for (Child child : group) {
            var details = child.details();
            names.add(details.name());
            var birth = details.birth();
            int age = birth.born() && !birth.date().isAfter(today) ? java.time.Period.between(birth.date(), today).getYears() : 0;
            members.add(new ChildProfile.Member(child.id(), Math.min(age, 17), details.sex(), details.ethnicity()));
            ChildMatchingNeeds childNeeds = recorded.getOrDefault(child.id(), ChildMatchingNeeds.notRecorded());
            if (!childNeeds.isRecorded()) {
                allRecorded = false;
                notes.add("The needs for matching of " + details.firstNames()
                        + " are not recorded: no household is excluded or scored for needs or contact.");
            }
            childNeeds.needs().forEach((area, level) -> levels.merge(area, level, (a, b) -> a.isAbove(b) ? a : b));
            contact.addAll(childNeeds.contactPlan());
            if (birthFamily == null && childNeeds.birthFamilyBorough() != null) {
                birthFamily = childNeeds.birthFamilyBorough();
            }
            if (religion == null) {
                religion = ProfileWords.religion(details.religion()).orElse(null);
            }
            if (language == null) {
                var languages = ProfileWords.languages(details.firstLanguages());
                language = languages.isEmpty() ? null : languages.iterator().next();
                var unknown = ProfileWords.unrecognisedLanguages(details.firstLanguages());
                if (!unknown.isEmpty()) {
                    notes.add("Not recognised as a language, so not scored: " + String.join(", ", unknown) + ".");
                }
            }
            earlyPermanence |= details.earlyPermanence() == EarlyPermanence.FOSTERING_FOR_ADOPTION
                    || details.earlyPermanence() == EarlyPermanence.CONCURRENT_PLANNING;
            TrackerRow row = rows.get(child.id());
            if (row != null && row.daysSinceDecision() != null) {
                LocalDate since = today.minus(row.daysSinceDecision(), ChronoUnit.DAYS);
                waitingSince = waitingSince == null || since.isBefore(waitingSince) ? since : waitingSince;
            }
        }
        Child first = group.get(0);
        int planned = group.stream().mapToInt(c -> c.details().siblingPlan().siblingsToBePlacedWith() + 1).max().orElse(1);
        int elsewhere = Math.max(0, planned - group.size());
        if (elsewhere > 0) {
            notes.add("The plan is to place " + (group.size() == 1 ? first.details().firstNames() : "them") + " together with "
                    + elsewhere + (elsewhere == 1 ? " brother or sister" : " brothers or sisters")
                    + " not waiting in the tracker: the search is for " + planned
                    + " children, though only the ages and sexes of those in the tracker are compared.");
        }
        var profile = new ChildProfile(members, today, religion, language, levels, earlyPermanence, contact,
                birthFamily == null ? BoroughCode.of(first.boroughCode()) : birthFamily, waitingSince, elsewhere);
        return new PoolChild(profile, names, first.boroughCode(), allRecorded, notes);
    }

    /** A household id from a page or the API; an id that is not a UUID is no household. */
    public static Optional<HouseholdId> householdId(String text) {
        try {
            return Optional.of(new HouseholdId(UUID.fromString(text)));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
