package org.hearth.adopters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hearth.adopters.Applicant.Sex;
import org.hearth.calendar.CalendarNotKnown;
import org.hearth.calendar.WorkingDayCalendar;

/**
 * A prospective adopter household, from its first enquiry to approval and beyond. The rules of the
 * journey live here in the agency's words; each step guards its preconditions and throws
 * {@link HouseholdRuleBroken} with a reason a social worker can act on. The stage and every deadline
 * follow from the dates; none is stored.
 */
public final class Household {

	public static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** How a household came straight to stage 2. */
	public enum FastTrack {
		PREVIOUS_ADOPTER("Approved adopter before (England or Wales, since 30 December 2005)"),
		FOSTER_CARER("Approved foster carer");

		private final String label;

		FastTrack(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Relationship {
		SINGLE("Single applicant"), MARRIED("Married"), CIVIL_PARTNERS("Civil partners"), COHABITING("Living together");

		private final String label;

		Relationship(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Stage1Outcome {
		SUITABLE("Suitable to go on to stage 2"), NOT_SUITABLE("Not suitable");

		private final String label;

		Stage1Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum PanelRecommendation {
		SUITABLE("Suitable to adopt"), NOT_SUITABLE("Not suitable to adopt"), DEFERRED("Deferred for more information");

		private final String label;

		PanelRecommendation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum AgencyDecision {
		APPROVE("Approve as suitable to adopt"), PROPOSE_NOT_TO_APPROVE("Propose not to approve (qualifying determination)");

		private final String label;

		AgencyDecision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum DeterminationKind {
		NOT_TO_APPROVE("Proposal not to approve"), END_APPROVAL("Proposal to end approval");

		private final String label;

		DeterminationKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum DeterminationResponse {
		REPRESENTATIONS("Representations to the agency"), INDEPENDENT_REVIEW("Application to the independent review mechanism"),
		NONE("No response");

		private final String label;

		DeterminationResponse(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum FinalDecision {
		APPROVED("Approved"), NOT_APPROVED("Not approved"), APPROVAL_CONTINUES("Approval continues"),
		APPROVAL_ENDED("Approval ended");

		private final String label;

		FinalDecision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The dates and answers of the journey, in the order they happen. */
	public static final class Journey {
		public LocalDate enquiryOn;
		public FastTrack fastTrack;
		public LocalDate roiAcceptedOn;
		public LocalDate stage1PlanAgreedOn;
		public String stage1ExtensionReason;
		public LocalDate stage1DecisionOn;
		public Stage1Outcome stage1Outcome;
		public LocalDate stage2StartedOn;
		public String stage2ExtensionReason;
		public LocalDate trainingAttendedOn;
		public LocalDate parDraftedOn;
		public LocalDate parSharedOn;
		public LocalDate parCommentsOn;
		public LocalDate parQualityAssuredOn;
		public LocalDate readyForPanelOn;
		public LocalDate panelOn;
		public PanelRecommendation panelRecommendation;
		public LocalDate decisionOn;
		public AgencyDecision decision;
		public LocalDate qdOn;
		public DeterminationKind qdKind;
		public LocalDate qdResponseOn;
		public DeterminationResponse qdResponse;
		public LocalDate finalDecisionOn;
		public FinalDecision finalDecision;
		public LocalDate approvedOn;
		public LocalDate approvalEndedOn;
		public LocalDate childPlacedOn;
		public LocalDate adoptionOrderOn;
		public LocalDate leftOn;
		public LeavingReason leftBecause;

		Journey copy() {
			var c = new Journey();
			for (var f : Journey.class.getFields()) {
				try {
					f.set(c, f.get(this));
				}
				catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
			return c;
		}
	}

	private final UUID id;

	private final String reference;

	private final String agencyId;

	private String boroughCode;

	private String contactName;

	private String email;

	private String phone;

	private String address;

	private String postcode;

	private Relationship relationship;

	private String namedWorker;

	private final Journey journey;

	private final List<Applicant> applicants;

	private final List<HouseholdMember> members;

	private final List<StatutoryCheck> checks;

	private ApprovalRange approvalRange;

	private final int version;

	private final List<Object> events = new ArrayList<>();

	public Household(UUID id, String reference, String agencyId, String boroughCode, String contactName, String email,
			String phone, String address, String postcode, Relationship relationship, String namedWorker,
			Journey journey, List<Applicant> applicants, List<HouseholdMember> members, List<StatutoryCheck> checks,
			ApprovalRange approvalRange, int version) {
		this.id = id;
		this.reference = reference;
		this.agencyId = agencyId;
		this.boroughCode = boroughCode;
		this.contactName = contactName;
		this.email = email;
		this.phone = phone;
		this.address = address;
		this.postcode = postcode;
		this.relationship = relationship;
		this.namedWorker = namedWorker;
		this.journey = journey;
		this.applicants = new ArrayList<>(applicants);
		this.members = new ArrayList<>(members);
		this.checks = new ArrayList<>(checks);
		this.approvalRange = approvalRange;
		this.version = version;
	}

	/** A household as its first enquiry arrives at the front door. */
	public static Household enquiry(String reference, String agencyId, String boroughCode, String contactName,
			String email, String phone, String postcode, LocalDate on) {
		if (contactName == null || contactName.isBlank()) {
			throw new HouseholdRuleBroken("name", "Enter the name of the person enquiring");
		}
		var journey = new Journey();
		journey.enquiryOn = on;
		return new Household(UUID.randomUUID(), reference, agencyId, boroughCode, contactName.trim(), blankToNull(email),
				blankToNull(phone), null, blankToNull(postcode), null, null, journey, List.of(), List.of(), List.of(),
				null, 0);
	}

	// ---------------------------------------------------------------- the stage, derived from the dates

	public Stage stage() {
		var j = journey;
		if (j.leftOn != null) {
			return Stage.LEFT;
		}
		if (j.adoptionOrderOn != null) {
			return Stage.ADOPTION_ORDER;
		}
		if (j.childPlacedOn != null) {
			return Stage.CHILD_PLACED;
		}
		if (j.qdOn != null && j.finalDecisionOn == null) {
			return Stage.QUALIFYING_DETERMINATION;
		}
		if (j.approvedOn != null) {
			return Stage.APPROVED;
		}
		if (j.panelOn != null && j.panelRecommendation != PanelRecommendation.DEFERRED) {
			return Stage.AWAITING_DECISION;
		}
		if (j.readyForPanelOn != null) {
			return Stage.READY_FOR_PANEL;
		}
		if (j.stage2StartedOn != null) {
			return Stage.STAGE_2;
		}
		if (j.stage1DecisionOn != null) {
			return Stage.BETWEEN_STAGES;
		}
		if (j.roiAcceptedOn != null) {
			return Stage.STAGE_1;
		}
		return Stage.ENQUIRY;
	}

	/**
	 * Where the household stood at the end of a past day, from the dates recorded up to then; null
	 * before its first enquiry. The same rules as {@link #stage()}.
	 */
	public Stage stageOn(LocalDate day) {
		var j = journey;
		if (j.enquiryOn.isAfter(day)) {
			return null;
		}
		if (by(j.leftOn, day)) {
			return Stage.LEFT;
		}
		if (by(j.adoptionOrderOn, day)) {
			return Stage.ADOPTION_ORDER;
		}
		if (by(j.childPlacedOn, day)) {
			return Stage.CHILD_PLACED;
		}
		if (by(j.qdOn, day) && !by(j.finalDecisionOn, day)) {
			return Stage.QUALIFYING_DETERMINATION;
		}
		if (by(j.approvedOn, day)) {
			return Stage.APPROVED;
		}
		if (by(j.panelOn, day) && j.panelRecommendation != PanelRecommendation.DEFERRED) {
			return Stage.AWAITING_DECISION;
		}
		if (by(j.readyForPanelOn, day)) {
			return Stage.READY_FOR_PANEL;
		}
		if (by(j.stage2StartedOn, day)) {
			return Stage.STAGE_2;
		}
		if (by(j.stage1DecisionOn, day)) {
			return Stage.BETWEEN_STAGES;
		}
		if (by(j.roiAcceptedOn, day)) {
			return Stage.STAGE_1;
		}
		return Stage.ENQUIRY;
	}

	private static boolean by(LocalDate date, LocalDate day) {
		return date != null && !date.isAfter(day);
	}

	/** The family type, from the applicants' sexes: couple of different sexes, two men, two women, single woman or man. */
	public Optional<String> familyType() {
		var sexes = applicants.stream().map(Applicant::sex).toList();
		if (sexes.isEmpty() || sexes.contains(null)) {
			return Optional.empty();
		}
		if (sexes.size() == 1) {
			return Optional.of(sexes.get(0) == Sex.FEMALE ? "Single woman" : "Single man");
		}
		if (sexes.get(0) != sexes.get(1)) {
			return Optional.of("Couple of different sexes");
		}
		return Optional.of(sexes.get(0) == Sex.FEMALE ? "Two women" : "Two men");
	}

	// ---------------------------------------------------------------- deadlines, derived from the dates

	/** Stage 1: 2 months from the registration of interest being accepted. */
	public Optional<Deadline> stage1Deadline() {
		if (journey.roiAcceptedOn == null) {
			return Optional.empty();
		}
		return Optional.of(new Deadline("Stage 1 decision", journey.roiAcceptedOn, journey.roiAcceptedOn.plusMonths(2),
				journey.stage1DecisionOn, journey.stage1ExtensionReason));
	}

	/** The applicants have 6 months after a positive stage 1 decision to say they want to go on. */
	public Optional<Deadline> noticeToProceedDeadline() {
		if (journey.stage1DecisionOn == null || journey.stage1Outcome != Stage1Outcome.SUITABLE) {
			return Optional.empty();
		}
		return Optional.of(new Deadline("Notice to proceed to stage 2", journey.stage1DecisionOn,
				journey.stage1DecisionOn.plusMonths(6), journey.stage2StartedOn, null));
	}

	/**
	 * Stage 2: 4 months from the agency receiving notice to proceed (or from the start of a fast
	 * track), up to 6 with a recorded reason. The agency decision ends stage 2.
	 */
	public Optional<Deadline> stage2Deadline() {
		if (journey.stage2StartedOn == null) {
			return Optional.empty();
		}
		LocalDate ended = journey.approvedOn != null ? journey.approvedOn : journey.qdOn;
		int months = journey.stage2ExtensionReason == null ? 4 : 6;
		String what = journey.fastTrack != null ? "Fast-track approval decision" : "Stage 2 agency decision";
		return Optional.of(new Deadline(what, journey.stage2StartedOn, journey.stage2StartedOn.plusMonths(months),
				ended, null));
	}

	public Optional<Deadline> parCommentsDeadline(WorkingDayCalendar calendar, JourneyRules rules) {
		if (journey.parSharedOn == null) {
			return Optional.empty();
		}
		return Optional.of(Deadline.inWorkingDays("Applicants' comments on the PAR", journey.parSharedOn,
				rules.parCommentWorkingDays(), calendar, journey.parCommentsOn));
	}

	public Optional<Deadline> agencyDecisionDeadline(WorkingDayCalendar calendar, JourneyRules rules) {
		if (journey.panelOn == null || journey.panelRecommendation == PanelRecommendation.DEFERRED) {
			return Optional.empty();
		}
		return Optional.of(Deadline.inWorkingDays("Agency decision after panel", journey.panelOn,
				rules.agencyDecisionWorkingDays(), calendar, journey.decisionOn));
	}

	public Optional<Deadline> representationsDeadline(WorkingDayCalendar calendar, JourneyRules rules) {
		if (journey.qdOn == null) {
			return Optional.empty();
		}
		return Optional.of(Deadline.inWorkingDays("Applicants' representations or independent review", journey.qdOn,
				rules.representationWorkingDays(), calendar, journey.qdResponseOn));
	}

	/** The last day of a period in working days, refused with a message when the calendar does not reach it. */
	private static LocalDate lastWorkingDay(WorkingDayCalendar calendar, LocalDate from, int days, String field) {
		try {
			return calendar.plusWorkingDays(from, days);
		}
		catch (CalendarNotKnown e) {
			throw new HouseholdRuleBroken(field, Deadline.NOT_KNOWN_YET + ": " + e.getMessage());
		}
	}

	/** Every deadline that applies to the household, in the order of the journey. */
	public List<Deadline> deadlines(WorkingDayCalendar calendar, JourneyRules rules) {
		var all = new ArrayList<Deadline>();
		stage1Deadline().ifPresent(all::add);
		noticeToProceedDeadline().ifPresent(all::add);
		stage2Deadline().ifPresent(all::add);
		parCommentsDeadline(calendar, rules).ifPresent(all::add);
		agencyDecisionDeadline(calendar, rules).ifPresent(all::add);
		representationsDeadline(calendar, rules).ifPresent(all::add);
		return all;
	}

	/** The deadlines past their date with nothing done and no reason recorded, while the household is in process. */
	public List<Deadline> overdueOn(LocalDate today, WorkingDayCalendar calendar, JourneyRules rules) {
		if (stage() == Stage.LEFT) {
			return List.of();
		}
		return deadlines(calendar, rules).stream().filter(d -> d.overdueOn(today)).toList();
	}

	/** Checks requested more than the chase period ago and not back yet. */
	public List<StatutoryCheck> checksToChase(LocalDate today, JourneyRules rules) {
		return checks.stream()
			.filter(c -> !c.returned() && c.requestedOn().plusDays(rules.chaseAfterDays()).isBefore(today))
			.toList();
	}

	// ---------------------------------------------------------------- the household and its people

	public void describe(String contactName, String email, String phone, String address, String postcode,
			String boroughCode, Relationship relationship) {
		if (contactName == null || contactName.isBlank()) {
			throw new HouseholdRuleBroken("contactName", "Enter the name the household is known by");
		}
		TextLimits.check(contactName, TextLimits.NAME, "contactName", "the name the household is known by");
		TextLimits.check(email, TextLimits.EMAIL, "email", "the email address");
		TextLimits.check(phone, TextLimits.PHONE, "phone", "the phone number");
		TextLimits.check(address, TextLimits.ADDRESS, "address", "the address");
		TextLimits.check(postcode, TextLimits.POSTCODE, "postcode", "the postcode");
		this.contactName = contactName.trim();
		this.email = blankToNull(email);
		this.phone = blankToNull(phone);
		this.address = blankToNull(address);
		this.postcode = blankToNull(postcode);
		this.boroughCode = blankToNull(boroughCode);
		this.relationship = relationship;
	}

	public void addApplicant(Applicant applicant) {
		notLeft();
		if (applicants.size() >= 2) {
			throw new HouseholdRuleBroken(null, "A household has one or two applicants; this one has two already");
		}
		applicants.add(applicant);
	}

	public void changeApplicant(Applicant applicant) {
		int index = indexOf(applicants.stream().map(Applicant::id).toList(), applicant.id(), "applicant");
		applicants.set(index, applicant);
	}

	public void addMember(HouseholdMember member) {
		notLeft();
		members.add(member);
	}

	/** Names a social worker for the household; true if that is a change. */
	public boolean assignWorker(String username) {
		if (username == null || username.isBlank()) {
			throw new HouseholdRuleBroken("worker", "Select the social worker");
		}
		if (username.equals(namedWorker)) {
			return false;
		}
		this.namedWorker = username;
		return true;
	}

	// ---------------------------------------------------------------- stage 1

	/** The agency accepts the registration of interest: stage 1 starts. */
	public void acceptRegistrationOfInterest(LocalDate on) {
		requireStage("accept a registration of interest", Stage.ENQUIRY);
		notBefore(on, journey.enquiryOn, "the enquiry");
		if (applicants.isEmpty()) {
			throw new HouseholdRuleBroken(null, "Add the applicants before accepting their registration of interest");
		}
		journey.roiAcceptedOn = on;
	}

	/** Previous adopters and approved foster carers start at stage 2. */
	public void startFastTrack(LocalDate on, FastTrack route) {
		requireStage("start a fast track", Stage.ENQUIRY);
		if (route == null) {
			throw new HouseholdRuleBroken("route", "Select why the household can take the fast track");
		}
		notBefore(on, journey.enquiryOn, "the enquiry");
		if (applicants.isEmpty()) {
			throw new HouseholdRuleBroken(null, "Add the applicants before starting the fast track");
		}
		journey.fastTrack = route;
		journey.stage2StartedOn = on;
	}

	public void agreeStage1Plan(LocalDate on) {
		requireStage("agree the stage 1 plan", Stage.STAGE_1);
		notBefore(on, journey.roiAcceptedOn, "the registration of interest");
		journey.stage1PlanAgreedOn = on;
	}

	/** Going past 2 months needs a reason on the case record. */
	public void extendStage1(String reason) {
		requireStage("extend stage 1", Stage.STAGE_1);
		journey.stage1ExtensionReason = requireText(reason, "reason", "Enter the reason stage 1 needs longer");
	}

	/**
	 * The pre-assessment decision. Not suitable needs written reasons; the household then leaves, with
	 * the agency's complaints route (there is no independent review at stage 1).
	 */
	public void recordStage1Decision(LocalDate on, Stage1Outcome outcome, String reasons) {
		requireStage("record the stage 1 decision", Stage.STAGE_1);
		notBefore(on, journey.roiAcceptedOn, "the registration of interest");
		if (outcome == null) {
			throw new HouseholdRuleBroken("outcome", "Select the stage 1 decision");
		}
		if (outcome == Stage1Outcome.NOT_SUITABLE) {
			requireText(reasons, "reason", "Enter the written reasons for the decision");
		}
		journey.stage1DecisionOn = on;
		journey.stage1Outcome = outcome;
		if (outcome == Stage1Outcome.NOT_SUITABLE) {
			journey.leftOn = on;
			journey.leftBecause = LeavingReason.NOT_SUITABLE_AT_STAGE_1;
		}
	}

	/** The applicants tell the agency they want to go on: stage 2 starts, within 6 months of the stage 1 decision. */
	public void recordNoticeToProceed(LocalDate on) {
		requireStage("record notice to proceed", Stage.BETWEEN_STAGES);
		notBefore(on, journey.stage1DecisionOn, "the stage 1 decision");
		LocalDate last = journey.stage1DecisionOn.plusMonths(6);
		if (on.isAfter(last)) {
			throw new HouseholdRuleBroken("date", "Notice to proceed must come within 6 months of the stage 1 decision (by "
					+ DAY.format(last) + "). The applicants need to register their interest again.");
		}
		journey.stage2StartedOn = on;
	}

	// ---------------------------------------------------------------- stage 2

	/** Going past 4 months (up to 6) needs a reason, kept on file and in the PAR. */
	public void extendStage2(String reason) {
		requireStage("extend stage 2", Stage.STAGE_2);
		journey.stage2ExtensionReason = requireText(reason, "reason", "Enter the reason stage 2 needs longer");
	}

	public void recordPreparationTraining(LocalDate on) {
		requireStage("record preparation training", Stage.STAGE_1, Stage.BETWEEN_STAGES, Stage.STAGE_2);
		notBefore(on, journey.enquiryOn, "the enquiry");
		journey.trainingAttendedOn = on;
	}

	public void recordParDrafted(LocalDate on) {
		requireStage("record the PAR", Stage.STAGE_2);
		notBefore(on, journey.stage2StartedOn, "the start of stage 2");
		journey.parDraftedOn = on;
	}

	/** The applicants get the PAR (without the checks and references) and have 5 working days to comment. */
	public void sharePar(LocalDate on) {
		requireStage("share the PAR", Stage.STAGE_2);
		if (journey.parDraftedOn == null) {
			throw new HouseholdRuleBroken(null, "Record the PAR as drafted before sharing it with the applicants");
		}
		notBefore(on, journey.parDraftedOn, "the PAR being drafted");
		journey.parSharedOn = on;
	}

	public void recordParComments(LocalDate on) {
		requireStage("record the applicants' comments", Stage.STAGE_2);
		if (journey.parSharedOn == null) {
			throw new HouseholdRuleBroken(null, "Share the PAR with the applicants before recording their comments");
		}
		notBefore(on, journey.parSharedOn, "the PAR being shared");
		journey.parCommentsOn = on;
	}

	public void qualityAssurePar(LocalDate on) {
		requireStage("quality-assure the PAR", Stage.STAGE_2);
		if (journey.parDraftedOn == null) {
			throw new HouseholdRuleBroken(null, "Record the PAR as drafted before quality-assuring it");
		}
		notBefore(on, journey.parDraftedOn, "the PAR being drafted");
		journey.parQualityAssuredOn = on;
	}

	/**
	 * The household is ready for panel: every adult's checks are back and current, the applicants'
	 * medicals, employer references and three personal references (two or more not related) are back,
	 * training is done, and the PAR has been shared, commented on (or the 5 working days have passed)
	 * and quality-assured. Otherwise every missing piece is named, with the person it is about.
	 */
	public void readyForPanel(LocalDate today, WorkingDayCalendar calendar, JourneyRules rules) {
		requireStage("mark the household ready for panel", Stage.STAGE_2);
		var problems = new ArrayList<String>();
		if (journey.fastTrack == null) {
			for (Person adult : adultsOn(today)) {
				requireCheck(problems, adult, CheckKind.ENHANCED_DBS, today);
				requireCheck(problems, adult, CheckKind.LOCAL_AUTHORITY, today);
			}
			for (Applicant applicant : applicants) {
				var person = new Person(applicant.id(), applicant.name());
				requireCheck(problems, person, CheckKind.GP_MEDICAL, today);
				requireCheck(problems, person, CheckKind.MEDICAL_ADVISER_REVIEW, today);
				requireCheck(problems, person, CheckKind.EMPLOYER_REFERENCE, today);
			}
			var references = checks.stream()
				.filter(c -> c.kind() == CheckKind.PERSONAL_REFERENCE && c.currentOn(today))
				.toList();
			long unrelated = references.stream().filter(c -> !c.refereeRelated()).count();
			if (references.size() < 3 || unrelated < 2) {
				problems.add("Three personal references, at least two from people not related to the applicants, must be back ("
						+ references.size() + " back, " + unrelated + " not related).");
			}
		}
		else {
			for (Person adult : adultsOn(today)) {
				requireCheck(problems, adult, CheckKind.ENHANCED_DBS, today);
			}
		}
		for (StatutoryCheck check : checks) {
			if (check.kind() == CheckKind.FORMER_PARTNER && !check.currentOn(today)) {
				problems.add(describe(check.kind(), personName(check.personId()))
						+ (check.returned() ? " expired on " + DAY.format(check.expiresOn()) : " has not come back") + ".");
			}
		}
		if (journey.trainingAttendedOn == null) {
			problems.add("Preparation training has not been recorded as attended.");
		}
		if (journey.parDraftedOn == null) {
			problems.add("The prospective adopter's report has not been drafted.");
		}
		else if (journey.parSharedOn == null) {
			problems.add("The prospective adopter's report has not been shared with the applicants.");
		}
		else if (journey.parCommentsOn == null) {
			LocalDate last = lastWorkingDay(calendar, journey.parSharedOn, rules.parCommentWorkingDays(), null);
			if (!today.isAfter(last)) {
				problems.add("The applicants have until " + DAY.format(last) + " to comment on the report.");
			}
		}
		if (journey.parDraftedOn != null && journey.parQualityAssuredOn == null) {
			problems.add("The prospective adopter's report has not been quality-assured.");
		}
		if (!problems.isEmpty()) {
			throw new HouseholdRuleBroken(null, problems);
		}
		journey.readyForPanelOn = today;
	}

	private void requireCheck(List<String> problems, Person person, CheckKind kind, LocalDate today) {
		var latest = checks.stream()
			.filter(c -> c.kind() == kind && person.id().equals(c.personId()))
			.max(java.util.Comparator.comparing(StatutoryCheck::requestedOn));
		String what = describe(kind, person.name());
		if (latest.isEmpty()) {
			problems.add(what + " has not been requested.");
		}
		else if (!latest.get().returned()) {
			problems.add(what + " has not come back (requested " + DAY.format(latest.get().requestedOn()) + ").");
		}
		else if (latest.get().expiredOn(today)) {
			problems.add(what + " expired on " + DAY.format(latest.get().expiresOn()) + ". Request a new one before panel.");
		}
	}

	private static String describe(CheckKind kind, String name) {
		return "The " + kind.label().substring(0, 1).toLowerCase(Locale.UK) + kind.label().substring(1) + " for " + name;
	}

	// ---------------------------------------------------------------- panel and decision

	/** Records what panel recommended. Until the panel module exists, the panel adviser records it here. */
	public void recordPanelRecommendation(LocalDate panelOn, PanelRecommendation recommendation) {
		requireStage("record the panel's recommendation", Stage.READY_FOR_PANEL);
		notBefore(panelOn, journey.readyForPanelOn, "the household being ready for panel");
		if (recommendation == null) {
			throw new HouseholdRuleBroken("recommendation", "Select the panel's recommendation");
		}
		journey.panelOn = panelOn;
		journey.panelRecommendation = recommendation;
	}

	/** The agency decision maker's decision after panel: approval, or a qualifying determination. */
	public void recordAgencyDecision(LocalDate on, AgencyDecision decision) {
		requireStage("record the agency decision", Stage.AWAITING_DECISION);
		notBefore(on, journey.panelOn, "the panel");
		if (decision == null) {
			throw new HouseholdRuleBroken("decision", "Select the decision");
		}
		journey.decisionOn = on;
		journey.decision = decision;
		if (decision == AgencyDecision.APPROVE) {
			journey.approvedOn = on;
			events.add(new HouseholdApproved(id, agencyId, on));
		}
		else {
			openDetermination(on, DeterminationKind.NOT_TO_APPROVE);
		}
	}

	/** A proposal to end an approved household's approval: a qualifying determination. */
	public void proposeEndingApproval(LocalDate on) {
		requireStage("propose ending approval", Stage.APPROVED);
		notBefore(on, journey.approvedOn, "the approval");
		openDetermination(on, DeterminationKind.END_APPROVAL);
	}

	private void openDetermination(LocalDate on, DeterminationKind kind) {
		journey.qdOn = on;
		journey.qdKind = kind;
		journey.qdResponseOn = null;
		journey.qdResponse = null;
		journey.finalDecisionOn = null;
		journey.finalDecision = null;
	}

	/** The applicants make representations or apply to the independent review mechanism, within 40 working days. */
	public void recordResponseToDetermination(LocalDate on, DeterminationResponse response, WorkingDayCalendar calendar,
			JourneyRules rules) {
		requireStage("record the applicants' response", Stage.QUALIFYING_DETERMINATION);
		notBefore(on, journey.qdOn, "the qualifying determination");
		if (response == null || response == DeterminationResponse.NONE) {
			throw new HouseholdRuleBroken("response", "Select representations or the independent review");
		}
		LocalDate last = lastWorkingDay(calendar, journey.qdOn, rules.representationWorkingDays(), "date");
		if (on.isAfter(last)) {
			throw new HouseholdRuleBroken("date", "The applicants had until " + DAY.format(last) + " to respond ("
					+ rules.representationWorkingDays() + " working days from the determination).");
		}
		journey.qdResponseOn = on;
		journey.qdResponse = response;
	}

	/**
	 * The final decision after a qualifying determination: once the applicants have responded, or their
	 * 40 working days have passed with no response.
	 */
	public void recordFinalDecision(LocalDate on, boolean upholdsProposal, WorkingDayCalendar calendar,
			JourneyRules rules) {
		requireStage("record the final decision", Stage.QUALIFYING_DETERMINATION);
		notBefore(on, journey.qdOn, "the qualifying determination");
		LocalDate last = lastWorkingDay(calendar, journey.qdOn, rules.representationWorkingDays(), "date");
		if (journey.qdResponseOn == null && !on.isAfter(last)) {
			throw new HouseholdRuleBroken("date", "The applicants have until " + DAY.format(last)
					+ " to make representations or apply to the independent review. Record their response, or decide after that date.");
		}
		if (journey.qdResponseOn == null) {
			journey.qdResponse = DeterminationResponse.NONE;
		}
		journey.finalDecisionOn = on;
		if (journey.qdKind == DeterminationKind.NOT_TO_APPROVE) {
			if (upholdsProposal) {
				journey.finalDecision = FinalDecision.NOT_APPROVED;
				journey.leftOn = on;
				journey.leftBecause = LeavingReason.NOT_APPROVED;
			}
			else {
				journey.finalDecision = FinalDecision.APPROVED;
				journey.approvedOn = on;
				events.add(new HouseholdApproved(id, agencyId, on));
			}
		}
		else if (upholdsProposal) {
			journey.finalDecision = FinalDecision.APPROVAL_ENDED;
			journey.approvalEndedOn = on;
			journey.leftOn = on;
			journey.leftBecause = LeavingReason.APPROVAL_ENDED;
		}
		else {
			journey.finalDecision = FinalDecision.APPROVAL_CONTINUES;
		}
	}

	/** A child placed with the approved household. Matching will call this when it exists. */
	public void recordChildPlaced(LocalDate on) {
		requireStage("record a child placed", Stage.APPROVED);
		notBefore(on, journey.approvedOn, "the approval");
		journey.childPlacedOn = on;
	}

	public void recordAdoptionOrder(LocalDate on) {
		requireStage("record the adoption order", Stage.CHILD_PLACED);
		notBefore(on, journey.childPlacedOn, "the child being placed");
		journey.adoptionOrderOn = on;
	}

	// ---------------------------------------------------------------- leaving

	public void leave(LocalDate on, LeavingReason reason) {
		notLeft();
		if (reason == null || !reason.recordedDirectly()) {
			throw new HouseholdRuleBroken("reason", "Select why the household is leaving: withdrew, on hold or counselled out");
		}
		notBefore(on, journey.enquiryOn, "the enquiry");
		journey.leftOn = on;
		journey.leftBecause = reason;
	}

	/** Staff found this household repeats one already known: it closes, and the other is kept. */
	public void leaveAsDuplicate(LocalDate on) {
		notLeft();
		journey.leftOn = on.isBefore(journey.enquiryOn) ? journey.enquiryOn : on;
		journey.leftBecause = LeavingReason.DUPLICATE;
	}

	/** A household on hold comes back where it was. */
	public void resume() {
		if (journey.leftBecause != LeavingReason.ON_HOLD) {
			throw new HouseholdRuleBroken(null, "Only a household on hold can resume");
		}
		journey.leftOn = null;
		journey.leftBecause = null;
	}

	// ---------------------------------------------------------------- checks

	public StatutoryCheck requestCheck(UUID personId, CheckKind kind, String referee, boolean refereeRelated,
			LocalDate on) {
		notLeft();
		if (kind == null) {
			throw new HouseholdRuleBroken("kind", "Select the check");
		}
		TextLimits.check(referee, TextLimits.NAME, "referee", "the referee's name");
		if (kind.aboutAPerson() && (personId == null || personName(personId) == null)) {
			throw new HouseholdRuleBroken("person", "Select who the check is about");
		}
		if (!kind.aboutAPerson() || kind == CheckKind.FORMER_PARTNER) {
			if (referee == null || referee.isBlank()) {
				throw new HouseholdRuleBroken("referee", kind == CheckKind.FORMER_PARTNER ? "Enter the former partner's name"
						: "Enter the referee's name");
			}
		}
		notBefore(on, journey.enquiryOn, "the enquiry");
		var check = new StatutoryCheck(UUID.randomUUID(), kind.aboutAPerson() ? personId : null, kind,
				blankToNull(referee), !kind.aboutAPerson() && refereeRelated, on, null, null, null);
		checks.add(check);
		return check;
	}

	public StatutoryCheck recordCheckReturned(UUID checkId, LocalDate on, StatutoryCheck.Outcome outcome,
			LocalDate expiresOn) {
		var check = checks.stream().filter(c -> c.id().equals(checkId)).findFirst()
			.orElseThrow(() -> new HouseholdRuleBroken("check", "Select the check that came back"));
		if (outcome == null) {
			throw new HouseholdRuleBroken("outcome", "Select the outcome");
		}
		notBefore(on, check.requestedOn(), "the request");
		if (expiresOn != null && !expiresOn.isAfter(on)) {
			throw new HouseholdRuleBroken("expires", "The expiry date must be after the date it came back");
		}
		var returned = check.returned(on, outcome, expiresOn);
		checks.set(checks.indexOf(check), returned);
		return returned;
	}

	// ---------------------------------------------------------------- approval range

	public void setApprovalRange(ApprovalRange range) {
		requireStage("set the approval range", Stage.STAGE_2, Stage.READY_FOR_PANEL, Stage.AWAITING_DECISION,
				Stage.APPROVED, Stage.CHILD_PLACED);
		this.approvalRange = range;
	}

	// ---------------------------------------------------------------- people

	/** Someone checks can be about: an applicant or a household member. */
	public record Person(UUID id, String name) {
	}

	/** The applicants and the household members who are adults on this date. */
	public List<Person> adultsOn(LocalDate date) {
		var adults = new ArrayList<Person>();
		applicants.forEach(a -> adults.add(new Person(a.id(), a.name())));
		members.stream().filter(m -> m.adultOn(date)).forEach(m -> adults.add(new Person(m.id(), m.name())));
		return adults;
	}

	public List<Person> people() {
		var people = new ArrayList<Person>();
		applicants.forEach(a -> people.add(new Person(a.id(), a.name())));
		members.forEach(m -> people.add(new Person(m.id(), m.name())));
		return people;
	}

	public String personName(UUID personId) {
		if (personId == null) {
			return null;
		}
		return people().stream().filter(p -> p.id().equals(personId)).map(Person::name).findFirst().orElse(null);
	}

	// ---------------------------------------------------------------- guards

	private void requireStage(String what, Stage... allowed) {
		Stage now = stage();
		for (Stage s : allowed) {
			if (s == now) {
				return;
			}
		}
		throw new HouseholdRuleBroken(null, "Cannot " + what + " while the household is at: " + now.label() + ".");
	}

	private void notLeft() {
		if (journey.leftOn != null) {
			throw new HouseholdRuleBroken(null, "The household has left the process (" + journey.leftBecause.label() + ").");
		}
	}

	private static void notBefore(LocalDate on, LocalDate earliest, String what) {
		if (on == null) {
			throw new HouseholdRuleBroken("date", "Enter the date");
		}
		if (earliest != null && on.isBefore(earliest)) {
			throw new HouseholdRuleBroken("date", "The date must be on or after " + what + " (" + DAY.format(earliest) + ")");
		}
	}

	private static String requireText(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new HouseholdRuleBroken(field, message);
		}
		return text.trim();
	}

	private static int indexOf(List<UUID> ids, UUID id, String what) {
		int index = ids.indexOf(id);
		if (index < 0) {
			throw new HouseholdRuleBroken(null, "No such " + what + " in this household");
		}
		return index;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	// ---------------------------------------------------------------- reading

	public UUID id() { return id; }
	public String reference() { return reference; }
	public String agencyId() { return agencyId; }
	public String boroughCode() { return boroughCode; }
	public String contactName() { return contactName; }
	public String email() { return email; }
	public String phone() { return phone; }
	public String address() { return address; }
	public String postcode() { return postcode; }
	public Relationship relationship() { return relationship; }
	public String namedWorker() { return namedWorker; }
	/** A copy of the journey's dates: changes go through the steps above. */
	public Journey journey() { return journey.copy(); }
	Journey journeyForStorage() { return journey; }
	public List<Applicant> applicants() { return List.copyOf(applicants); }
	public List<HouseholdMember> members() { return List.copyOf(members); }
	public List<StatutoryCheck> checks() { return List.copyOf(checks); }
	public Optional<ApprovalRange> approvalRange() { return Optional.ofNullable(approvalRange); }
	public int version() { return version; }

	/** The events registered by the steps taken since loading, for publishing after saving. */
	public List<Object> events() { return List.copyOf(events); }
}
