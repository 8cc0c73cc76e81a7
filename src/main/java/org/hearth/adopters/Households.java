package org.hearth.adopters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.hearth.access.Role;
import org.hearth.access.StaffDirectory;
import org.hearth.access.StaffMember;
import org.hearth.adopters.internal.HouseholdLog;
import org.hearth.adopters.internal.HouseholdRepository;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.notifications.OutgoingMessage;
import org.hearth.notifications.Outbox;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.OnsCode;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of the adopter's journey. Every read goes through the access policy (own agency only;
 * another agency's household answers 404) and every view and change is audited, changes with the
 * record before and after. Audit states carry dates and steps, never ethnicity, religion, sexuality,
 * disability, health or free text.
 */
@Service
@Transactional
public class Households {

	static final String SUBJECT = "household";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HouseholdRepository repository;

	private final HouseholdLog log;

	private final AccessPolicy policy;

	private final AuditLog audit;

	private final Outbox outbox;

	private final StaffDirectory staff;

	private final OrganisationDirectory organisation;

	private final WorkingDayCalendar calendar;

	private final JourneyRules rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Households(HouseholdRepository repository, HouseholdLog log, AccessPolicy policy, AuditLog audit, Outbox outbox,
			StaffDirectory staff, OrganisationDirectory organisation, WorkingDayCalendar calendar, JourneyRules rules,
			Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.log = log;
		this.policy = policy;
		this.audit = audit;
		this.outbox = outbox;
		this.staff = staff;
		this.organisation = organisation;
		this.calendar = calendar;
		this.rules = rules;
		this.clock = clock;
		this.events = events;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public WorkingDayCalendar calendar() {
		return calendar;
	}

	public JourneyRules rules() {
		return rules;
	}

	// ---------------------------------------------------------------- the front door

	/** How soon the agency replies to an enquiry, as the confirmation page and the acknowledgement say. */
	public static final String REPLY_WITHIN = "5 working days";

	/** What someone enquiring tells the agency. */
	public record NewEnquiry(String name, String email, String phone, String postcode, String boroughCode,
			String agencyId, Enquiry.Source source, String campaign) {
	}

	/**
	 * Receives an enquiry from the web form, or one business support took by phone or email. A web
	 * enquiry always gets its own new household and reference, and reveals nothing about households already
	 * known; one with the same email address or phone number as an existing household is noted on the new
	 * household for staff to review. An enquiry recorded by staff from the same email address or phone
	 * number joins the household it repeats. Either way the person gets an acknowledgement at once.
	 */
	public Enquiry receiveEnquiry(NewEnquiry e, Enquiry.Via via, String recordedBy) {
		return receive(e, via, recordedBy).enquiry();
	}

	/** An enquiry received, with the reference of its household to give the person enquiring. */
	public record Received(Enquiry enquiry, String reference) {
	}

	/** As {@link #receiveEnquiry}, also giving the reference the person enquiring was sent. */
	public Received receive(NewEnquiry e, Enquiry.Via via, String recordedBy) {
		var problems = new LinkedHashMap<String, String>();
		if (e.name() == null || e.name().isBlank()) {
			problems.put("name", "Enter your full name");
		}
		if ((e.email() == null || e.email().isBlank()) && (e.phone() == null || e.phone().isBlank())) {
			problems.put("email", "Enter an email address or a phone number");
		}
		else if (e.email() != null && !e.email().isBlank() && !e.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.put("email", "Enter an email address in the correct format, like name@example.com");
		}
		if (e.phone() != null && !e.phone().isBlank() && e.phone().replaceAll("\\D", "").length() < 6) {
			problems.put("phone", "Enter a phone number, like 01632 960 001");
		}
		String agencyId = Household.blankToNull(e.agencyId());
		if (agencyId != null && organisation.agencies().stream().noneMatch(a -> a.id().value().equals(e.agencyId().trim()))) {
			problems.put("agencyId", "Select the agency from the list");
		}
		String boroughCode = Household.blankToNull(e.boroughCode());
		if (boroughCode != null) {
			var borough = validBorough(boroughCode);
			if (borough == null) {
				problems.put("boroughCode", "Select the borough you live in from the list");
			}
			else if (agencyId == null) {
				agencyId = borough.agencyId().value();
			}
		}
		else if (agencyId == null) {
			problems.put("boroughCode", "Select the borough you live in, or the agency you are applying to");
		}
		if (e.source() == null) {
			problems.put("source", "Select how you heard about adopting with us");
		}
		tooLong(problems, "name", e.name(), TextLimits.NAME, "your full name");
		tooLong(problems, "email", e.email(), TextLimits.EMAIL, "the email address");
		tooLong(problems, "phone", e.phone(), TextLimits.PHONE, "the phone number");
		tooLong(problems, "postcode", e.postcode(), TextLimits.POSTCODE, "the postcode");
		tooLong(problems, "campaign", e.campaign(), 200, "the campaign");
		if (!problems.isEmpty()) {
			throw new EnquiryInvalid(problems);
		}
		LocalDate today = today();
		boolean fromPublic = recordedBy == null;
		var sameContact = repository.sameContact(agencyId, e.email(), e.phone());
		// A public submission never joins an existing household: it would tell a stranger who is already known.
		var existing = fromPublic ? java.util.Optional.<UUID>empty() : sameContact;
		Household household;
		if (existing.isPresent()) {
			household = repository.byId(existing.get()).orElseThrow();
		}
		else {
			household = Household.enquiry(repository.nextReference(today), agencyId, boroughCode, e.name(), e.email(),
					e.phone(), e.postcode(), today);
			repository.save(household, clock.instant());
		}
		String by = recordedBy == null ? "public web form" : recordedBy;
		var enquiry = log.addEnquiry(new Enquiry(UUID.randomUUID(), household.id(), today, clock.instant(), via,
				e.source(), Household.blankToNull(e.campaign()), existing.isPresent(), by));
		log.add(household.id(), LogEntry.Kind.ENQUIRY, today,
				(existing.isPresent() ? "Repeat enquiry" : "Enquiry") + " by " + via.label().toLowerCase(), by,
				clock.instant());
		if (fromPublic && sameContact.isPresent()) {
			repository.notePossibleDuplicate(household.id(), sameContact.get(), clock.instant());
			log.add(household.id(), LogEntry.Kind.ENQUIRY, today,
					"Possible duplicate: an existing household of the agency has the same email address or phone number",
					by, clock.instant());
		}
		var record = existing.isPresent()
				? AuditRecord.changed(AuditScope.agency(household.agencyId()), SUBJECT, household.id().toString(), "Repeat enquiry joined household " + household.reference(), null, null)
				: AuditRecord.created(AuditScope.agency(household.agencyId()), SUBJECT, household.id().toString(), "Enquiry received: household " + household.reference(), state(household));
		if (recordedBy == null) {
			audit.recordFor("public", record);
		}
		else {
			audit.record(record);
		}
		String to = e.email() != null && !e.email().isBlank() ? e.email().trim() : null;
		if (to != null) {
			String agencyName = organisation.agency(new AgencyId(agencyId)).map(a -> a.name()).orElse("the agency");
			outbox.queue(OutgoingMessage.email(to, "We have received your enquiry about adopting",
					"Thank you for contacting " + agencyName + " about adopting. We received your enquiry on "
							+ Household.DAY.format(today) + " and will reply within " + REPLY_WITHIN + ".\n\nYour reference is "
							+ household.reference() + ".",
					SUBJECT, household.id().toString(), "enquiry-acknowledgement:" + enquiry.id()));
		}
		return new Received(enquiry, household.reference());
	}

	private static void tooLong(Map<String, String> problems, String field, String text, int most, String what) {
		String problem = TextLimits.tooLong(text, most, what);
		if (problem != null) {
			problems.putIfAbsent(field, problem);
		}
	}

	/** The enquiry form's answers that cannot be accepted, by field. */
	public static class EnquiryInvalid extends RuntimeException {

		private final Map<String, String> problems;

		EnquiryInvalid(Map<String, String> problems) {
			super(String.join(" ", problems.values()));
			this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
		}

		public Map<String, String> problems() {
			return problems;
		}
	}

	private org.hearth.organisation.LocalAuthority validBorough(String code) {
		try {
			return organisation.localAuthority(new OnsCode(code)).orElse(null);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	// ---------------------------------------------------------------- reading

	/** The households of the user's agency, for the list page; the list is audited, not each household. */
	@Transactional
	public List<Household> ofMyAgency(CurrentUser user) {
		var agency = policy.householdAgencyScope(user).orElseThrow(() -> new AccessDeniedException("Your role does not allow this"));
		var households = repository.ofAgency(agency);
		audit.record(AuditRecord.viewed(AuditScope.agency(agency), SUBJECT, null,
				"Households listed: " + households.size()));
		return households;
	}

	/**
	 * The households of every hub agency that family finding may consider: approved, or assessed since
	 * stage 2 began, and not left. Only for users who may see households as profiles; matching turns
	 * them into profiles at once and audits each search.
	 */
	@Transactional(readOnly = true)
	public List<Household> poolForMatching(CurrentUser user) {
		policy.checkMaySeeHouseholdProfiles(user);
		return repository.approvedOrInStage2();
	}

	/**
	 * One household of the pool, for matching to show as its access policy allows (a profile, or who
	 * they are once a link is agreed). The user needs access to case records.
	 */
	@Transactional(readOnly = true)
	public Optional<Household> forMatching(CurrentUser user, UUID id) {
		policy.require(user, org.hearth.access.Capability.CASE_READ);
		return repository.byId(id).filter(h -> h.stage() != org.hearth.adopters.Stage.LEFT);
	}

	/** One household, for the user to see; the view is audited. */
	public Household view(CurrentUser user, UUID id) {
		var household = readable(user, id);
		audit.record(AuditRecord.viewed(AuditScope.agency(household.agencyId()), SUBJECT, id.toString(), "Household " + household.reference() + " viewed"));
		return household;
	}

	/** One household, checked against the access policy, without an audit row (for re-showing a form). */
	@Transactional(readOnly = true)
	public Household readable(CurrentUser user, UUID id) {
		var household = repository.byId(id).orElseThrow(() -> new RecordNotFound("Household"));
		refusalRecorded(household, () -> policy.checkMayReadHouseholdOf(user, household.agencyId(), "Household"));
		return household;
	}

	@Transactional(readOnly = true)
	public List<LogEntry> history(CurrentUser user, UUID id) {
		readable(user, id);
		return log.of(id);
	}

	@Transactional(readOnly = true)
	public List<Enquiry> enquiries(CurrentUser user, UUID id) {
		readable(user, id);
		return log.enquiriesOf(id);
	}

	@Transactional(readOnly = true)
	public LocalDate lastContact(Household household) {
		return log.lastContact(household.id()).filter(d -> !d.isBefore(household.journey().enquiryOn))
			.orElse(household.journey().enquiryOn);
	}

	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> lastContacts(String agencyId) {
		return log.lastContacts(agencyId);
	}

	/** Social workers and managers of the agency who can be a household's named worker. */
	@Transactional(readOnly = true)
	public List<StaffMember> workersOf(String agencyId) {
		return staff.ofAgency(agencyId, List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE));
	}

	@Transactional(readOnly = true)
	public String workerName(String username) {
		return username == null ? null : staff.byUsername(username).map(StaffMember::displayName).orElse(username);
	}

	// ---------------------------------------------------------------- possible duplicates

	/** A household a new enquiry may repeat, as staff see it. */
	public record PossibleDuplicate(UUID id, String reference, String contactName) {
	}

	/**
	 * The households a public enquiry may repeat, for staff to decide about: only those the user may
	 * read through the access policy.
	 */
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(CurrentUser user, UUID id) {
		var household = readable(user, id);
		if (household.journey().leftOn != null) {
			return List.of();
		}
		var found = new java.util.ArrayList<PossibleDuplicate>();
		for (UUID other : repository.undecidedDuplicatesOf(id)) {
			repository.byId(other).filter(h -> mayRead(user, h))
				.ifPresent(h -> found.add(new PossibleDuplicate(h.id(), h.reference(), h.contactName())));
		}
		return found;
	}

	private boolean mayRead(CurrentUser user, Household household) {
		try {
			policy.checkMayReadHouseholdOf(user, household.agencyId(), "Household");
			return true;
		}
		catch (AccessDeniedException | RecordNotFound e) {
			return false;
		}
	}

	/**
	 * Staff found the new household repeats the other: the new one closes as a duplicate, naming the one
	 * kept. False if there was no undecided possible duplicate to decide (someone decided already).
	 */
	public boolean markDuplicate(CurrentUser user, UUID id, UUID kept) {
		var other = undecided(user, id, kept);
		if (other.isEmpty()) {
			return false;
		}
		change(user, id, "Marked as duplicate of household " + other.get().reference(), h -> h.leaveAsDuplicate(today()));
		return repository.decideDuplicate(id, kept, "DUPLICATE", user.username(), clock.instant());
	}

	/** Staff found the new household is a different family from the other; false if nothing was left to decide. */
	public boolean notDuplicate(CurrentUser user, UUID id, UUID other) {
		var them = undecided(user, id, other);
		if (them.isEmpty()) {
			return false;
		}
		change(user, id, "Not a duplicate of household " + them.get().reference(), h -> {
		});
		return repository.decideDuplicate(id, other, "NOT_DUPLICATE", user.username(), clock.instant());
	}

	private java.util.Optional<Household> undecided(CurrentUser user, UUID id, UUID other) {
		readable(user, id);
		if (!repository.undecidedDuplicatesOf(id).contains(other)) {
			return java.util.Optional.empty();
		}
		return repository.byId(other).filter(h -> mayRead(user, h));
	}

	// ---------------------------------------------------------------- changing

	/**
	 * Takes one step on a household the user may change: checks access, applies the step on the
	 * aggregate, saves, audits before and after, notes the step in the history, publishes its events.
	 */
	public Household change(CurrentUser user, UUID id, String step, Consumer<Household> action) {
		var household = repository.byId(id).orElseThrow(() -> new RecordNotFound("Household"));
		refusalRecorded(household, () -> policy.checkMayChangeHouseholdOf(user, household.agencyId(), "Household"));
		return apply(household, user.username(), step, action);
	}

	/** As {@link #change}, for a step only some roles may take (panel adviser, agency decision maker). */
	/**
	 * Records that a child moved in with the household, from the placement recorded on a link by the
	 * agency that placed the child (which may be another hub agency than the household's own): the
	 * caller has checked that the user may record the placement. The household must be approved.
	 */
	@Transactional
	public Household recordChildPlacedThroughLink(CurrentUser user, UUID id, LocalDate on) {
		policy.checkMaySearchPool(user);
		policy.require(user, org.hearth.access.Capability.CASE_WRITE);
		var household = repository.byId(id).orElseThrow(() -> new RecordNotFound("Household"));
		return apply(household, user.username(), "Child placed (recorded on the link)", h -> h.recordChildPlaced(on));
	}

	public Household changeAs(CurrentUser user, UUID id, String step, List<Role> roles, Consumer<Household> action) {
		var household = repository.byId(id).orElseThrow(() -> new RecordNotFound("Household"));
		refusalRecorded(household, () -> policy.checkMayChangeHouseholdOf(user, household.agencyId(), "Household"));
		if (!roles.contains(user.role())) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		return apply(household, user.username(), step, action);
	}

	Household apply(UUID id, String actor, String step, Consumer<Household> action) {
		var household = repository.byId(id).orElseThrow(() -> new RecordNotFound("Household"));
		return apply(household, actor, step, action);
	}

	private Household apply(Household household, String actor, String step, Consumer<Household> action) {
		String before = state(household);
		action.accept(household);
		repository.save(household, clock.instant());
		var saved = repository.byId(household.id()).orElseThrow();
		audit.recordFor(actor, AuditRecord.changed(AuditScope.agency(household.agencyId()), SUBJECT, household.id().toString(),
				step + ": household " + household.reference(), before, state(saved)));
		log.add(household.id(), LogEntry.Kind.STEP, today(), step, actor, clock.instant());
		household.events().forEach(events::publishEvent);
		return saved;
	}

	/**
	 * Names the household's social worker. On a change the household gets one notice with the new
	 * worker's name.
	 */
	public Household assignWorker(CurrentUser user, UUID id, String username) {
		var worker = staff.byUsername(username)
			.filter(s -> workersOf(user.agencyId() == null ? "" : user.agencyId()).stream().anyMatch(w -> w.username().equals(s.username())))
			.orElseThrow(() -> new HouseholdRuleBroken("worker", "Select a social worker of the agency"));
		boolean[] changed = new boolean[1];
		var household = change(user, id, "Named social worker", h -> changed[0] = h.assignWorker(worker.username()));
		if (changed[0]) {
			var entry = log.add(id, LogEntry.Kind.WORKER, today(), worker.displayName(), user.username(), clock.instant());
			if (household.email() != null) {
				outbox.queue(OutgoingMessage.email(household.email(), "Your social worker",
						"Your social worker at the agency is now " + worker.displayName()
								+ ". They will be in touch with you soon."
								+ (worker.email() == null ? "" : " You can reach them at " + worker.email() + ".")
								+ "\n\nYour reference is " + household.reference() + ".",
						SUBJECT, id.toString(), "worker-notice:" + entry.id()));
			}
		}
		return household;
	}

	/**
	 * Moves every household of one worker to another, when a worker leaves or changes role; each
	 * household gets one notice with the new worker's name. Team managers and the head of service do this.
	 *
	 * @return how many households moved
	 */
	public int reassignAll(CurrentUser user, String fromWorker, String toWorker) {
		var agency = policy.householdAgencyScope(user).orElseThrow(() -> new AccessDeniedException("Your role does not allow this"));
		if (!List.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE).contains(user.role())) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		var workers = workersOf(agency);
		if (fromWorker == null || workers.stream().noneMatch(w -> w.username().equals(fromWorker))) {
			throw new HouseholdRuleBroken("from", "Select the worker whose households are moving");
		}
		if (toWorker == null || workers.stream().noneMatch(w -> w.username().equals(toWorker))) {
			throw new HouseholdRuleBroken("to", "Select the worker taking them over");
		}
		if (fromWorker.equals(toWorker)) {
			throw new HouseholdRuleBroken("to", "Select a different worker to take them over");
		}
		int moved = 0;
		for (Household h : repository.ofAgency(agency)) {
			if (fromWorker.equals(h.namedWorker()) && h.stage() != Stage.LEFT && h.stage() != Stage.ADOPTION_ORDER) {
				assignWorker(user, h.id(), toWorker);
				moved++;
			}
		}
		return moved;
	}

	/** Records a contact with the household: a visit, a call, an email. */
	public void recordContact(CurrentUser user, UUID id, LocalDate on, String detail) {
		var household = changeable(user, id);
		notInFuture(on);
		TextLimits.check(detail, TextLimits.NOTE, "detail", "what was said");
		log.add(id, LogEntry.Kind.CONTACT, on, Household.blankToNull(detail), user.username(), clock.instant());
		audit.record(AuditRecord.changed(AuditScope.agency(household.agencyId()), SUBJECT, id.toString(), "Contact recorded: household " + household.reference(),
				null, null));
	}

	/** Records a stage 2 assessment session, which is also a contact. */
	public void recordAssessmentSession(CurrentUser user, UUID id, LocalDate on, String topic) {
		var household = changeable(user, id);
		if (household.stage() != Stage.STAGE_2) {
			throw new HouseholdRuleBroken(null, "Assessment sessions are recorded in stage 2");
		}
		notInFuture(on);
		if (topic == null || topic.isBlank()) {
			throw new HouseholdRuleBroken("detail", "Enter what the session covered");
		}
		TextLimits.check(topic, TextLimits.NOTE, "detail", "what the session covered");
		log.add(id, LogEntry.Kind.ASSESSMENT_SESSION, on, topic.trim(), user.username(), clock.instant());
		audit.record(AuditRecord.changed(AuditScope.agency(household.agencyId()), SUBJECT, id.toString(),
				"Assessment session recorded: household " + household.reference(), null, null));
	}

	/** Records a document received from the household and sends them an acknowledgement. */
	public void recordDocument(CurrentUser user, UUID id, LocalDate on, String description) {
		var household = changeable(user, id);
		notInFuture(on);
		if (description == null || description.isBlank()) {
			throw new HouseholdRuleBroken("detail", "Enter what the document is");
		}
		TextLimits.check(description, TextLimits.NOTE, "detail", "what the document is");
		var entry = log.add(id, LogEntry.Kind.DOCUMENT, on, description.trim(), user.username(), clock.instant());
		audit.record(AuditRecord.changed(AuditScope.agency(household.agencyId()), SUBJECT, id.toString(), "Document received: household " + household.reference(),
				null, null));
		if (household.email() != null) {
			outbox.queue(OutgoingMessage.email(household.email(), "We have received your document",
					"Thank you. We received \"" + description.trim() + "\" on " + Household.DAY.format(on)
							+ ".\n\nYour reference is " + household.reference() + ".",
					SUBJECT, id.toString(), "document-acknowledgement:" + entry.id()));
		}
	}

	/** Passes if the user may change this household (403 for a role that may not, 404 for another agency's). */
	@Transactional(readOnly = true)
	public void checkMayChange(CurrentUser user, UUID id) {
		changeable(user, id);
	}

	/** As {@link #checkMayChange}, for a step only some roles take. */
	@Transactional(readOnly = true)
	public void checkMayChangeAs(CurrentUser user, UUID id, List<Role> roles) {
		changeable(user, id);
		if (!roles.contains(user.role())) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	private Household changeable(CurrentUser user, UUID id) {
		var household = repository.byId(id).orElseThrow(() -> new RecordNotFound("Household"));
		refusalRecorded(household, () -> policy.checkMayChangeHouseholdOf(user, household.agencyId(), "Household"));
		return household;
	}

	/** A refused attempt at a household's record is in the audit trail, for the household's agency to see. */
	private void refusalRecorded(Household household, Runnable check) {
		try {
			check.run();
		}
		catch (RecordNotFound | AccessDeniedException refused) {
			audit.recordRefusal(AuditRecord.refused(AuditScope.agency(household.agencyId()), SUBJECT,
					household.id().toString(), "Household record refused: " + (refused instanceof RecordNotFound
							? "another agency's" : "the user's role may not")));
			throw refused;
		}
	}

	public void notInFuture(LocalDate on) {
		if (on == null) {
			throw new HouseholdRuleBroken("date", "Enter the date");
		}
		if (on.isAfter(today())) {
			throw new HouseholdRuleBroken("date", "The date must be today or in the past");
		}
	}

	// ---------------------------------------------------------------- audit state

	/** The household as the audit trail keeps it: steps and dates, no special category data, no free text. */
	static String state(Household h) {
		var s = new LinkedHashMap<String, Object>();
		s.put("reference", h.reference());
		s.put("agency", h.agencyId());
		s.put("stage", h.stage().name());
		s.put("namedWorker", h.namedWorker());
		var j = h.journey();
		for (var field : Household.Journey.class.getFields()) {
			try {
				Object value = field.get(j);
				if (value != null) {
					s.put(field.getName(), field.getType() == String.class ? "(recorded)" : value.toString());
				}
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
		var applicants = new ArrayList<Map<String, Object>>();
		h.applicants().forEach(a -> {
			var m = new LinkedHashMap<String, Object>();
			m.put("id", a.id().toString());
			m.put("name", a.name());
			m.put("dateOfBirth", a.dateOfBirth() == null ? null : a.dateOfBirth().toString());
			applicants.add(m);
		});
		s.put("applicants", applicants);
		s.put("members", h.members().stream().map(m -> m.id() + " " + m.relationship()).toList());
		s.put("checks", h.checks().stream()
			.map(c -> c.kind() + " " + (c.personId() == null ? "" : c.personId() + " ") + "requested " + c.requestedOn()
					+ (c.returned() ? " returned " + c.returnedOn() : "") + (c.expiresOn() == null ? "" : " expires " + c.expiresOn()))
			.toList());
		h.approvalRange().ifPresent(r -> s.put("approvalRange", r.childrenUpTo() + " children aged " + r.youngestAge() + "-"
				+ r.oldestAge() + (r.earlyPermanence() ? ", early permanence" : "")));
		return JSON.writeValueAsString(s);
	}
}
