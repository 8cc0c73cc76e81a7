package org.hearth.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Affiliation;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.access.HouseholdView;
import org.hearth.access.RecordNotFound;
import org.hearth.adopters.Household;
import org.hearth.adopters.HouseholdRuleBroken;
import org.hearth.adopters.Households;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.Child;
import org.hearth.children.ChildId;
import org.hearth.children.Children;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;
import org.hearth.matching.internal.LinkRepository;
import org.hearth.matching.internal.SearchStore;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.OnsCode;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of links, from the shortlist to the placement. Every read and change goes through the
 * access policy: the searching agency's staff work on a link; the staff of the child's borough may read
 * it; only the agency decision maker of the child's borough records the match decision. The household
 * is shown as a profile or identified, as the policy says. Steps that are also events of the child's
 * journey are recorded on the child in the same transaction; every view, change and list is audited;
 * a placement publishes {@link PlacementRecorded} for finance.
 */
@Service
@Transactional
public class Links {

    static final String SUBJECT = "link";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LinkRepository repository;
    private final AccessPolicy policy;
    private final Children children;
    private final Households households;
    private final MatchingPool pool;
    private final OrganisationDirectory organisation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int openTooLongDays;
    private final SearchStore searches;
    private final InterAgencyFees fees;

    Links(LinkRepository repository, AccessPolicy policy, Children children, Households households, MatchingPool pool,
            OrganisationDirectory organisation, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            @Value("${hearth.matching.link-open-days:90}") int openTooLongDays, SearchStore searches,
            InterAgencyFees fees) {
        this.searches = searches;
        this.fees = fees;
        this.repository = repository;
        this.policy = policy;
        this.children = children;
        this.households = households;
        this.pool = pool;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.openTooLongDays = openTooLongDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The days after which an open link prompts its worker (setting {@code hearth.matching.link-open-days}). */
    public int openTooLongDays() {
        return openTooLongDays;
    }

    // ------------------------------------------------------------------ shortlist

    /**
     * Shortlists the household for the child or the sibling group, today. The user must be able to
     * change the children's records and search the pool; the household must be in the pool (approved,
     * or in stage 2 for the user's own agency). A second open link of the same child and household is
     * refused.
     *
     * @param search the family-finding search that found the household, or {@code null}
     */
    public Link shortlist(CurrentUser user, SearchId search, List<ChildId> childIds, HouseholdId householdId) {
        policy.checkMaySearchPool(user);
        policy.require(user, Capability.CASE_WRITE);
        if (childIds == null || childIds.isEmpty()) {
            throw new LinkRuleBroken("childIds", "Select the child, or the children to be placed together");
        }
        if (householdId == null) {
            throw new LinkRuleBroken("householdId", "Select the household");
        }
        List<ChildId> distinct = List.copyOf(new LinkedHashSet<>(childIds));
        String borough = null;
        for (ChildId id : distinct) {
            children.checkMayChange(user, id);
            Child child = children.view(user, id);
            if (borough != null && !borough.equals(child.boroughCode())) {
                throw new LinkRuleBroken("childIds", "Children linked together must be of the same local authority");
            }
            borough = child.boroughCode();
        }
        HouseholdProfile household = pool.household(user, householdId, user.agencyId())
            .orElseThrow(() -> new RecordNotFound("Household"));
        if (!household.isInHouse() && household.status() != HouseholdStatus.APPROVED) {
            throw new LinkRuleBroken("householdId",
                    "Another agency's household in stage 2 cannot be shortlisted: it is not theirs to offer until approved");
        }
        if (!household.isInHouse() && !foundBy(search, distinct, user.agencyId(), household)) {
            throw new LinkRuleBroken("householdId", "Another agency's household can be shortlisted only from the child's "
                    + "search once it is widened, after both managers have signed off");
        }
        if (repository.hasOpenLink(householdId, distinct)) {
            throw new LinkRuleBroken("householdId", "This household already has an open link with this child");
        }
        Link link = Link.shortlist(LinkId.newId(), distinct, householdId, household.agency().id(), user.agencyId(),
                borough, search, today(), user.username(), clock);
        repository.save(link, clock.instant());
        audit.record(AuditRecord.created(scopeOf(link), SUBJECT, link.id().toString(), "Household shortlisted for a link",
                "Link " + link.id() + ": " + distinct.size() + (distinct.size() == 1 ? " child" : " children")
                        + ", household " + householdId + (search == null ? "" : ", search " + search)));
        return repository.byId(link.id()).orElseThrow();
    }

    /** Whether the agency's search for these children looks at the household (another agency's: once widened). */
    private boolean foundBy(SearchId search, List<ChildId> children, String agencyId, HouseholdProfile household) {
        if (search == null) {
            return false;
        }
        return searches.byId(search)
            .filter(stored -> stored.agencyId().equals(agencyId))
            .filter(stored -> stored.search().children().containsAll(children))
            .filter(stored -> stored.search().looksAt(household))
            .isPresent();
    }

    /** A link's audit rows belong to the household's agency and to the child's borough. */
    private static AuditScope scopeOf(Link link) {
        return AuditScope.agencyAndBorough(link.householdAgencyId(), link.boroughCode());
    }

    // ------------------------------------------------------------------ reads

    /** One link, as the user may see it; the view is audited. Another borough's (or agency's) link is 404. */
    public LinkDetails view(CurrentUser user, LinkId id) {
        Link link = readable(user, id);
        Map<ChildId, String> names = new java.util.LinkedHashMap<>();
        for (ChildId child : link.children()) {
            names.put(child, children.view(user, child).details().name());
        }
        LinkDetails details = details(user, link, names);
        audit.record(AuditRecord.viewed(scopeOf(link), SUBJECT, id.toString(), "Link viewed (household shown "
                + (details.household().identified() ? "identified" : "as a profile") + ")"));
        return details;
    }

    /**
     * The open links the user may see: for agency staff their agency's, for borough staff those of their
     * borough's children. Listed once in the audit trail.
     */
    public List<LinkDetails> openLinks(CurrentUser user) {
        policy.require(user, Capability.CASE_READ);
        List<Link> links = switch (user.role().affiliation()) {
            case AGENCY -> user.agencyId() == null ? List.<Link>of() : repository.notClosedOfAgency(user.agencyId());
            case BOROUGH -> repository.notClosedInBoroughs(policy.childRecordScope(user).onsCodes());
            case HUB, NONE -> throw new AccessDeniedException("Your role does not allow this");
        };
        links = links.stream().filter(link -> policy.maySeeChildOf(user, link.boroughCode())).toList();
        Map<ChildId, String> names = links.isEmpty() ? Map.of()
                : children.tracker(user, "Open links").stream()
                    .collect(Collectors.toMap(Child::id, child -> child.details().name(), (a, b) -> a));
        List<LinkDetails> result = new ArrayList<>();
        for (Link link : links) {
            result.add(details(user, link, names));
        }
        audit.record(AuditRecord.viewed(policy.auditScopeOf(user), SUBJECT, null, "Open links listed: " + result.size()));
        return result;
    }

    // ------------------------------------------------------------------ steps

    /** A visit before the link, with what happened. */
    public Link recordVisit(CurrentUser user, LinkId id, LocalDate on, String note) {
        return work(user, id, link -> link.recordVisit(on, note, user.username(), clock));
    }

    /** The link: interest from the family finder or from the household. The child's journey gets "Linked". */
    public Link link(CurrentUser user, LinkId id, LocalDate on, InterestFrom from, String note) {
        return work(user, id, link -> link.link(on, from, note, user.username(), clock));
    }

    public Link recordChildAppreciationDay(CurrentUser user, LinkId id, LocalDate on, String note) {
        return work(user, id, link -> link.recordChildAppreciationDay(on, statusOf(user, link), note, user.username(), clock));
    }

    public Link proposeMatch(CurrentUser user, LinkId id, LocalDate on, String note) {
        return work(user, id, link -> link.proposeMatch(on, statusOf(user, link), note, user.username(), clock));
    }

    /**
     * The matching panel's date and recommendation: the one method that records a panel on a link, which
     * the panel module will call when it records a matching panel's recommendation. The child's journey
     * gets "Matching panel".
     */
    public Link recordMatchingPanel(CurrentUser user, LinkId id, LocalDate on, PanelRecommendation recommendation,
            String note) {
        return work(user, id, link -> {
            statusOf(user, link);
            return link.recordMatchingPanel(on, recommendation, note, user.username(), clock);
        });
    }

    /**
     * The match decision, by the agency decision maker of the child's borough only. Agreed, the child's
     * journey gets "Match decision"; not agreed, the link closes.
     */
    public Link recordMatchDecision(CurrentUser user, LinkId id, LocalDate on, MatchDecision decision, String note) {
        Link link = find(id);
        policy.checkMayDecideMatchFor(user, link.boroughCode(), "Link");
        return change(user, link, () -> link.recordMatchDecision(on, decision, note, user.username(), clock));
    }

    public Link startIntroductions(CurrentUser user, LinkId id, LocalDate on, String note) {
        return work(user, id, link -> link.startIntroductions(on, statusOf(user, link), note, user.username(), clock));
    }

    /**
     * The child moved in: in-house or inter-agency, with the fee due from the fee table on that day. The
     * child's journey gets "Placed for adoption"; {@link PlacementRecorded} is published for finance.
     */
    public Link place(CurrentUser user, LinkId id, LocalDate on, String note) {
        Link link = find(id);
        checkMayWork(user, link);
        if (on == null) {
            throw new LinkRuleBroken("day", "Enter the date the child moved in");
        }
        HouseholdProfile household = pool.household(user, link.household(), link.searchingAgencyId())
            .orElseThrow(() -> new LinkRuleBroken("step", "The household is not approved any more (it may have left the process)"));
        Placement placement;
        try {
            placement = Placement.record(childProfile(user, link, on), household, on, fees.tableOf(link.searchingAgencyId()));
        }
        catch (IllegalArgumentException e) {
            throw new LinkRuleBroken("step", e.getMessage());
        }
        if (household.origin() != HouseholdOrigin.OUTSIDE_AGENCY) {
            try {
                households.recordChildPlacedThroughLink(user, link.household().value(), on);
            }
            catch (HouseholdRuleBroken e) {
                throw new LinkRuleBroken("day", e.getMessage());
            }
        }
        Link placed = change(user, link, () -> link.place(placement, note, user.username(), clock));
        events.publishEvent(placement.recorded());
        return placed;
    }

    /**
     * Records a step named by its type, for forms and the API: the outcome is who expressed the interest
     * (a link), the panel's recommendation or the decision, by name.
     */
    public Link recordStep(CurrentUser user, LinkId id, LinkStepType step, LocalDate on, String outcome, String note) {
        if (step == null) {
            throw new LinkRuleBroken("step", "Select the step");
        }
        return switch (step) {
            case SHORTLISTED -> throw new LinkRuleBroken("step", "The household is already shortlisted");
            case VISIT -> recordVisit(user, id, on, note);
            case LINKED -> link(user, id, on, parse(InterestFrom.class, outcome, "Select who expressed the interest"), note);
            case CHILD_APPRECIATION_DAY -> recordChildAppreciationDay(user, id, on, note);
            case PROPOSED_MATCH -> proposeMatch(user, id, on, note);
            case MATCHING_PANEL -> recordMatchingPanel(user, id, on,
                    parse(PanelRecommendation.class, outcome, "Select what the matching panel recommended"), note);
            case MATCH_DECISION -> recordMatchDecision(user, id, on,
                    parse(MatchDecision.class, outcome, "Select the decision"), note);
            case INTRODUCTIONS -> startIntroductions(user, id, on, note);
            case PLACED -> place(user, id, on, note);
        };
    }

    /** Closes the link, with a reason from the list, words that can be shared with the household and a note. */
    public Link close(CurrentUser user, LinkId id, LocalDate on, LinkCloseReason reason, String sharedWithHousehold,
            String internalNote) {
        Link link = find(id);
        checkMayWork(user, link);
        String before = stateOf(link);
        link.close(on, reason, sharedWithHousehold, internalNote, user.username(), clock);
        repository.save(link, clock.instant());
        audit.record(AuditRecord.changed(scopeOf(link), SUBJECT, id.toString(), "Link closed: " + reason.label(), before, stateOf(link)));
        return repository.byId(id).orElseThrow();
    }

    /** Passes if the user may record steps on the link and close it; 403, or 404 for another borough's. */
    @Transactional
    public void checkMayWork(CurrentUser user, LinkId id) {
        checkMayWork(user, find(id));
    }

    /** Passes if the user may record the match decision: the child's borough's decision maker; else 403 or 404. */
    @Transactional
    public void checkMayDecide(CurrentUser user, LinkId id) {
        policy.checkMayDecideMatchFor(user, find(id).boroughCode(), "Link");
    }

    /**
     * Passes if the user may record some step of the link: the searching agency's staff (every step but
     * the decision), or the child's borough's decision maker (the decision); else 403 or 404.
     */
    @Transactional
    public void checkMayRecordSteps(CurrentUser user, LinkId id) {
        Link link = find(id);
        if (mayDecide(user, link)) {
            policy.checkMayDecideMatchFor(user, link.boroughCode(), "Link");
            return;
        }
        checkMayWork(user, link);
    }

    // ------------------------------------------------------------------ inside

    private Link work(CurrentUser user, LinkId id, Function<Link, LinkStep> step) {
        Link link = find(id);
        checkMayWork(user, link);
        return change(user, link, () -> step.apply(link));
    }

    private Link change(CurrentUser user, Link link, java.util.function.Supplier<LinkStep> step) {
        String before = stateOf(link);
        LinkStep recorded = step.get();
        journeyEventOf(recorded).ifPresent(type -> {
            for (ChildId child : link.children()) {
                children.record(user, child, JourneyEvent.of(type, recorded.date()), "Recorded on the child's link");
            }
        });
        repository.save(link, clock.instant());
        audit.record(AuditRecord.changed(scopeOf(link), SUBJECT, link.id().toString(), "Link step recorded: " + recorded.type().label(),
                before, stateOf(link)));
        return repository.byId(link.id()).orElseThrow();
    }

    private static Optional<JourneyEventType> journeyEventOf(LinkStep step) {
        return switch (step.type()) {
            case LINKED -> Optional.of(JourneyEventType.LINKED);
            case MATCHING_PANEL -> Optional.of(JourneyEventType.MATCHING_PANEL);
            case MATCH_DECISION -> step.decision().filter(d -> d == MatchDecision.AGREED)
                .map(d -> JourneyEventType.MATCH_DECISION);
            case PLACED -> Optional.of(JourneyEventType.PLACED_FOR_ADOPTION);
            default -> Optional.empty();
        };
    }

    private static String stateOf(Link link) {
        String state = link.status().label() + ", at " + link.currentStep().inSentence() + " ("
                + DAY.format(link.lastStep().date()) + ")";
        return link.closure().map(c -> state + ", closed on " + DAY.format(c.date())).orElse(state);
    }

    private Link find(LinkId id) {
        return repository.byId(Objects.requireNonNull(id, "A link id")).orElseThrow(() -> new RecordNotFound("Link"));
    }

    private Link readable(CurrentUser user, LinkId id) {
        Link link = find(id);
        policy.checkMayReadChildOf(user, link.boroughCode(), "Link");
        if (user.role().affiliation() == Affiliation.AGENCY && !link.searchingAgencyId().equals(user.agencyId())) {
            throw new RecordNotFound("Link");
        }
        return link;
    }

    private void checkMayWork(CurrentUser user, Link link) {
        policy.checkMayReadChildOf(user, link.boroughCode(), "Link");
        policy.checkMaySearchPool(user);
        if (!link.searchingAgencyId().equals(user.agencyId())) {
            throw new RecordNotFound("Link");
        }
        policy.checkMayChangeChildOf(user, link.boroughCode(), "Link");
    }

    private boolean mayWork(CurrentUser user, Link link) {
        return user.role().affiliation() == Affiliation.AGENCY && link.searchingAgencyId().equals(user.agencyId())
                && user.can(Capability.CASE_WRITE);
    }

    private static boolean mayDecide(CurrentUser user, Link link) {
        return user.role() == org.hearth.access.Role.BOROUGH_DECISION_MAKER && link.boroughCode().equals(user.boroughCode());
    }

    /** The household's status now, for the steps that need it approved. */
    private HouseholdStatus statusOf(CurrentUser user, Link link) {
        return pool.household(user, link.household(), link.searchingAgencyId()).map(HouseholdProfile::status)
            .orElseThrow(() -> new LinkRuleBroken("step",
                    "The household is not approved or being assessed any more (it may have left the process)"));
    }

    private ChildProfile childProfile(CurrentUser user, Link link, LocalDate on) {
        List<ChildProfile.Member> members = new ArrayList<>();
        for (ChildId id : link.children()) {
            var details = children.view(user, id).details();
            var birth = details.birth();
            int age = birth.born() && !birth.date().isAfter(on)
                    ? Math.min(17, java.time.Period.between(birth.date(), on).getYears()) : 0;
            members.add(new ChildProfile.Member(id, age, details.sex(), details.ethnicity()));
        }
        return new ChildProfile(members, on, null, null, null, false, null, BoroughCode.of(link.boroughCode()), null);
    }

    private LinkDetails details(CurrentUser user, Link link, Map<ChildId, String> names) {
        List<LinkDetails.LinkedChild> linked = link.children().stream()
            .map(id -> new LinkDetails.LinkedChild(id, names.getOrDefault(id, "A child")))
            .toList();
        String boroughName = organisation.localAuthority(new OnsCode(link.boroughCode())).map(la -> la.name())
            .orElse(link.boroughCode());
        LocalDate today = today();
        return new LinkDetails(link, linked, boroughName, householdShown(user, link), link.daysOpen(today),
                link.isOpenTooLong(today, openTooLongDays), mayWork(user, link), mayDecide(user, link));
    }

    /** The household as the access policy lets the user see it on this link. */
    private HouseholdShown householdShown(CurrentUser user, Link link) {
        HouseholdView view = policy.householdView(user, link.householdAgencyId(), link.isLinkAgreed());
        Optional<Household> household = households.forMatching(user, link.household().value());
        Optional<HouseholdProfile> profile = pool.householdOnLink(user, link.household(), link.searchingAgencyId());
        String agencyName = profile.map(p -> p.agency().name())
            .or(() -> organisation.agency(new AgencyId(link.householdAgencyId())).map(a -> a.name()))
            .orElse(link.householdAgencyId());
        HouseholdOrigin origin = profile.map(HouseholdProfile::origin)
            .orElse(link.householdAgencyId().equals(link.searchingAgencyId()) ? HouseholdOrigin.IN_HOUSE
                    : HouseholdOrigin.OTHER_HUB_AGENCY);
        List<HouseholdShown.ProfileLine> lines = profile.map(this::profileLines).orElse(List.of());
        if (view == HouseholdView.IDENTIFIED && household.isPresent()) {
            List<String> names = household.get().applicants().stream().map(a -> a.name()).toList();
            return new HouseholdShown(view, link.household(), agencyName, origin, lines,
                    names.isEmpty() ? List.of(household.get().contactName()) : names, household.get().reference());
        }
        return new HouseholdShown(view == HouseholdView.IDENTIFIED && household.isEmpty() ? HouseholdView.PROFILE : view,
                link.household(), agencyName, origin, lines, List.of(), null);
    }

    private List<HouseholdShown.ProfileLine> profileLines(HouseholdProfile p) {
        List<HouseholdShown.ProfileLine> lines = new ArrayList<>();
        var range = p.approvalRange();
        String sexes = range.sexesAccepted().size() >= 2 ? "boys and girls"
                : range.sexesAccepted().contains(org.hearth.children.Sex.FEMALE) ? "girls" : "boys";
        lines.add(new HouseholdShown.ProfileLine("Status", p.status().words()));
        lines.add(new HouseholdShown.ProfileLine("Approved for", range.childrenInWords() + " " + range.agesInWords()
                + ", " + sexes + (range.siblingGroups() ? ", sibling groups" : "")));
        lines.add(new HouseholdShown.ProfileLine("Needs they can meet", p.needCapacity().isEmpty() ? "None recorded"
                : p.needCapacity().entrySet().stream().map(e -> e.getKey().words() + ": up to " + e.getValue().words())
                    .collect(Collectors.joining("; "))));
        lines.add(new HouseholdShown.ProfileLine("Heritage they reflect", p.heritageCodes().isEmpty() ? "Not recorded"
                : p.heritageCodes().stream().map(c -> c.label()).collect(Collectors.joining("; "))));
        lines.add(new HouseholdShown.ProfileLine("Religions", p.religions().isEmpty() ? "Not recorded"
                : p.religions().stream().map(Religion::words).collect(Collectors.joining(", "))));
        lines.add(new HouseholdShown.ProfileLine("Languages at home", p.languages().isEmpty() ? "Not recorded"
                : p.languages().stream().map(Language::words).sorted().collect(Collectors.joining(", "))));
        lines.add(new HouseholdShown.ProfileLine("Fostering for adoption", p.fosteringForAdoptionWilling() ? "Yes" : "No"));
        lines.add(new HouseholdShown.ProfileLine("Contact they can support", p.contactSupported().isEmpty() ? "None recorded"
                : p.contactSupported().stream().map(ContactKind::words).collect(Collectors.joining(", "))));
        lines.add(new HouseholdShown.ProfileLine("Agency", p.agency().name() + " (" + p.origin().words() + ")"));
        lines.add(new HouseholdShown.ProfileLine("Lives in", organisation.localAuthority(new OnsCode(p.borough().value()))
            .map(la -> la.name()).orElse(p.borough().value())));
        return lines;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String message) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim());
        }
        catch (IllegalArgumentException e) {
            throw new LinkRuleBroken("outcome", message);
        }
    }
}
