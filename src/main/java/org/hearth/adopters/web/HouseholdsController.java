package org.hearth.adopters.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.access.Role;
import org.hearth.adopters.Applicant;
import org.hearth.adopters.ApprovalRange;
import org.hearth.adopters.CheckKind;
import org.hearth.adopters.Deadline;
import org.hearth.adopters.Household;
import org.hearth.adopters.HouseholdMember;
import org.hearth.adopters.HouseholdRuleBroken;
import org.hearth.adopters.Households;
import org.hearth.adopters.LeavingReason;
import org.hearth.adopters.LogEntry;
import org.hearth.adopters.PanelOutcome;
import org.hearth.adopters.PanelOutcomes;
import org.hearth.adopters.Stage;
import org.hearth.adopters.StatutoryCheck;
import org.hearth.adopters.web.Forms.ApplicantForm;
import org.hearth.adopters.web.Forms.RangeForm;
import org.hearth.adopters.web.Forms.StepForm;
import org.hearth.notifications.Outbox;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The social worker's pages for a household: the list, the household with its task list of stages,
 * and one small form for each step. A step the rules refuse shows the reasons in the error summary
 * (400) and keeps what was typed.
 */
@Controller
@RequestMapping("/households")
class HouseholdsController {

	private final Households households;

	private final PanelOutcomes panelOutcomes;

	private final Outbox outbox;

	private final OrganisationDirectory organisation;

	private final org.hearth.adopters.InformationEvents events;

	HouseholdsController(Households households, PanelOutcomes panelOutcomes, Outbox outbox,
			OrganisationDirectory organisation, org.hearth.adopters.InformationEvents events) {
		this.events = events;
		this.households = households;
		this.panelOutcomes = panelOutcomes;
		this.outbox = outbox;
		this.organisation = organisation;
	}

	/** A row of the households list. */
	record Row(Household household, String worker, List<Deadline> overdue, LocalDate lastContact, long daysSinceContact) {
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String worker, Model model) {
		LocalDate today = households.today();
		var all = households.ofMyAgency(user);
		var contacts = households.lastContacts(user.agencyId());
		var rows = all.stream()
			.filter(h -> stage == null || stage.isBlank() || h.stage().name().equals(stage))
			.filter(h -> worker == null || worker.isBlank() || worker.equals(h.namedWorker()))
			.sorted(java.util.Comparator.comparing(Household::stage)
				.thenComparing(h -> h.journey().enquiryOn, java.util.Comparator.reverseOrder()))
			.map(h -> row(h, today, contacts))
			.toList();
		var counts = new EnumMap<Stage, Long>(Stage.class);
		for (Stage s : Stage.values()) {
			counts.put(s, all.stream().filter(h -> h.stage() == s).count());
		}
		model.addAttribute("rows", rows);
		model.addAttribute("counts", counts);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stage", stage);
		model.addAttribute("worker", worker);
		model.addAttribute("workers", households.workersOf(user.agencyId()));
		model.addAttribute("mayReadFigures", user.can(org.hearth.access.Capability.AGGREGATES_READ));
		model.addAttribute("mayChange", user.can(org.hearth.access.Capability.CASE_WRITE));
		return "adopters/households";
	}

	private Row row(Household h, LocalDate today, Map<UUID, LocalDate> contacts) {
		LocalDate last = contacts.getOrDefault(h.id(), h.journey().enquiryOn);
		if (last.isBefore(h.journey().enquiryOn)) {
			last = h.journey().enquiryOn;
		}
		return new Row(h, households.workerName(h.namedWorker()),
				h.overdueOn(today, households.calendar(), households.rules()), last,
				java.time.temporal.ChronoUnit.DAYS.between(last, today));
	}

	/** What is overdue, by worker, with the team's totals. */
	record WorkerOverdue(String worker, String name, List<Row> rows, List<Row> noContact, List<Row> toChase) {
	}

	/** A worker leaves or changes role: their households move to another, each told once. */
	@PostMapping("/reassign")
	String reassign(CurrentUser user, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			int moved = households.reassignAll(user, from, to);
			redirect.addFlashAttribute("saved", moved + (moved == 1 ? " household" : " households") + " moved to "
					+ households.workerName(to) + "; each was sent one notice with the new worker's name");
			return "redirect:/households/overdue";
		}
		catch (HouseholdRuleBroken e) {
			model.addAttribute("problems", e.reasons());
			response.setStatus(400);
			return overdue(user, model);
		}
	}

	@GetMapping("/overdue")
	String overdue(CurrentUser user, Model model) {
		LocalDate today = households.today();
		var contacts = households.lastContacts(user.agencyId());
		var rows = households.ofMyAgency(user).stream()
			.filter(h -> h.stage() != Stage.LEFT)
			.map(h -> row(h, today, contacts))
			.toList();
		var byWorker = new java.util.TreeMap<String, List<Row>>();
		rows.forEach(r -> byWorker.computeIfAbsent(r.household().namedWorker() == null ? "" : r.household().namedWorker(),
				k -> new ArrayList<>()).add(r));
		int prompt = households.rules().contactPromptDays();
		var groups = byWorker.entrySet().stream().map(e -> new WorkerOverdue(e.getKey(),
				e.getKey().isEmpty() ? "No named worker" : households.workerName(e.getKey()),
				e.getValue().stream().filter(r -> !r.overdue().isEmpty()).toList(),
				e.getValue().stream().filter(r -> r.household().stage().inProcess() && r.daysSinceContact() >= prompt).toList(),
				e.getValue().stream().filter(r -> !r.household().checksToChase(today, households.rules()).isEmpty()).toList()))
			.filter(g -> !g.rows().isEmpty() || !g.noContact().isEmpty() || !g.toChase().isEmpty())
			.toList();
		model.addAttribute("groups", groups);
		model.addAttribute("team", organisation.teamsOf(new org.hearth.organisation.AgencyId(user.agencyId())).stream()
			.filter(t -> t.kind() == org.hearth.organisation.TeamKind.RECRUITMENT_AND_ASSESSMENT)
			.map(t -> t.name())
			.findFirst()
			.orElse("Recruitment and assessment"));
		model.addAttribute("teamOverdue", groups.stream().mapToInt(g -> g.rows().size()).sum());
		model.addAttribute("teamNoContact", groups.stream().mapToInt(g -> g.noContact().size()).sum());
		model.addAttribute("teamToChase", groups.stream().mapToInt(g -> g.toChase().size()).sum());
		model.addAttribute("promptDays", prompt);
		model.addAttribute("workers", households.workersOf(user.agencyId()));
		model.addAttribute("mayReassign", user.role() == Role.TEAM_MANAGER || user.role() == Role.HEAD_OF_SERVICE);
		return "adopters/overdue";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		var household = households.view(user, id);
		return page(user, household, model, StepForm.empty(), null);
	}

	private String page(CurrentUser user, Household household, Model model, StepForm form, String active) {
		LocalDate today = households.today();
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", form);
		}
		model.addAttribute("active", active);
		model.addAttribute("household", household);
		model.addAttribute("ethnicityLabels", Ethnicities.CODES.stream()
			.collect(java.util.stream.Collectors.toMap(Ethnicities.Code::code, Ethnicities.Code::label)));
		model.addAttribute("journey", household.journey());
		model.addAttribute("stage", household.stage());
		model.addAttribute("today", today);
		model.addAttribute("tasks", Tasks.of(household, today, households.history(user, household.id())));
		model.addAttribute("deadlines", household.deadlines(households.calendar(), households.rules()));
		model.addAttribute("checks", household.checks().stream()
			.sorted(Comparator.comparing(StatutoryCheck::requestedOn).reversed())
			.map(c -> new CheckRow(c, c.personId() == null ? c.referee() : household.personName(c.personId()),
					c.expiredOn(today), !c.returned() && household.checksToChase(today, households.rules()).contains(c)))
			.toList());
		model.addAttribute("openChecks", household.checks().stream().filter(c -> !c.returned()).map(c -> new CheckRow(c,
				c.personId() == null ? c.referee() : household.personName(c.personId()), false, false)).toList());
		model.addAttribute("people", household.people());
		model.addAttribute("adults", household.adultsOn(today));
		model.addAttribute("history", households.history(user, household.id()));
		model.addAttribute("enquiries", households.enquiries(user, household.id()));
		model.addAttribute("possibleDuplicates", households.possibleDuplicates(user, household.id()));
		model.addAttribute("messages", outbox.about("household", household.id().toString()));
		model.addAttribute("workerName", households.workerName(household.namedWorker()));
		model.addAttribute("workers", households.workersOf(household.agencyId()));
		model.addAttribute("lastContact", households.lastContact(household));
		model.addAttribute("checkKinds", CheckKind.values());
		model.addAttribute("relationships", HouseholdMember.Relationship.values());
		model.addAttribute("leavingReasons", Arrays.stream(LeavingReason.values()).filter(LeavingReason::recordedDirectly).toList());
		model.addAttribute("borough", household.boroughCode() == null ? null
				: organisation.localAuthority(new org.hearth.organisation.OnsCode(household.boroughCode()))
					.map(la -> la.name()).orElse(household.boroughCode()));
		model.addAttribute("isPanelAdviser", user.role() == Role.PANEL_ADVISER);
		model.addAttribute("isDecisionMaker", user.role() == Role.AGENCY_DECISION_MAKER);
		model.addAttribute("mayChange", user.can(org.hearth.access.Capability.CASE_WRITE));
		var bookings = events.bookingsOf(user, household.id());
		model.addAttribute("bookings", bookings);
		model.addAttribute("events", events.ofMyAgency(user).stream()
			.filter(e -> !e.heldOn().isBefore(today) && !e.full())
			.filter(e -> bookings.stream().noneMatch(b -> b.eventId().equals(e.id())))
			.toList());
		model.addAttribute("unattended", bookings.stream()
			.filter(b -> b.attended() == null && !b.heldOn().isAfter(today))
			.toList());
		return "adopters/household";
	}

	record CheckRow(StatutoryCheck check, String about, boolean expired, boolean chase) {
	}

	// ---------------------------------------------------------------- steps of the journey

	@PostMapping("/{id}/steps/{step}")
	String step(CurrentUser user, @PathVariable UUID id, @PathVariable String step,
			@ModelAttribute("step") StepForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		households.checkMayChange(user, id);
		return attempt(user, id, step, form, result, model, response, redirect, () -> {
			switch (step) {
				case "registration-of-interest" -> households.change(user, id, "Registration of interest accepted",
						h -> h.acceptRegistrationOfInterest(pastDate(form, "the date the registration of interest was accepted")));
				case "fast-track" -> {
					var route = choice(Household.FastTrack.class, form.choice(), "choice", "Select why the household can take the fast track");
					households.change(user, id, "Fast track to stage 2 started",
							h -> h.startFastTrack(pastDate(form, "the date stage 2 started"), route));
				}
				case "stage-1-plan" -> households.change(user, id, "Stage 1 plan agreed",
						h -> h.agreeStage1Plan(pastDate(form, "the date the plan was agreed")));
				case "stage-1-extension" -> households.change(user, id, "Stage 1 extension reason recorded",
						h -> h.extendStage1(form.reason()));
				case "stage-1-decision" -> {
					var outcome = choice(Household.Stage1Outcome.class, form.choice(), "choice", "Select the stage 1 decision");
					households.change(user, id, "Stage 1 decision recorded",
							h -> h.recordStage1Decision(pastDate(form, "the date of the decision"), outcome, form.reason()));
				}
				case "notice-to-proceed" -> households.change(user, id, "Notice to proceed received: stage 2 started",
						h -> h.recordNoticeToProceed(pastDate(form, "the date the notice was received")));
				case "stage-2-extension" -> households.change(user, id, "Stage 2 extension reason recorded",
						h -> h.extendStage2(form.reason()));
				case "preparation-training" -> households.change(user, id, "Preparation training attended",
						h -> h.recordPreparationTraining(pastDate(form, "the date training was completed")));
				case "par" -> {
					String event = form.choice() == null ? "" : form.choice();
					LocalDate on = pastDate(form, "the date");
					switch (event) {
						case "DRAFTED" -> households.change(user, id, "PAR drafted", h -> h.recordParDrafted(on));
						case "SHARED" -> households.change(user, id, "PAR shared with the applicants", h -> h.sharePar(on));
						case "COMMENTS" -> households.change(user, id, "Applicants' comments on the PAR received", h -> h.recordParComments(on));
						case "QUALITY_ASSURED" -> households.change(user, id, "PAR quality-assured", h -> h.qualityAssurePar(on));
						default -> throw new HouseholdRuleBroken("choice", "Select what happened to the report");
					}
				}
				case "ready-for-panel" -> households.change(user, id, "Ready for panel",
						h -> h.readyForPanel(households.today(), households.calendar(), households.rules()));
				case "response" -> {
					var response2 = choice(Household.DeterminationResponse.class, form.choice(), "choice",
							"Select representations or the independent review");
					households.change(user, id, "Applicants' response to the determination recorded",
							h -> h.recordResponseToDetermination(pastDate(form, "the date of the response"), response2,
									households.calendar(), households.rules()));
				}
				case "child-placed" -> households.change(user, id, "Child placed",
						h -> h.recordChildPlaced(pastDate(form, "the date the child moved in")));
				case "adoption-order" -> households.change(user, id, "Adoption order made",
						h -> h.recordAdoptionOrder(pastDate(form, "the date of the adoption order")));
				case "leave" -> {
					var reason = choice(LeavingReason.class, form.choice(), "choice", "Select why the household is leaving");
					households.change(user, id, "Left the process: " + reason.label(),
							h -> h.leave(pastDate(form, "the date"), reason));
				}
				case "resume" -> households.change(user, id, "Resumed after being on hold", Household::resume);
				case "worker" -> households.assignWorker(user, id, form.worker());
				case "booking" -> events.book(user, id, uuid(form.choice()));
				case "attended" -> events.recordAttendance(user, id, uuid(form.choice()));
				case "contact" -> households.recordContact(user, id, pastDate(form, "the date of the contact"), form.detail());
				case "document" -> households.recordDocument(user, id, pastDate(form, "the date it was received"), form.detail());
				case "session" -> households.recordAssessmentSession(user, id, pastDate(form, "the date of the session"), form.detail());
				case "check" -> {
					var kind = choice(CheckKind.class, form.kind(), "kind", "Select the check");
					UUID person = uuid(form.person());
					households.change(user, id, kind.label() + " requested", h -> h.requestCheck(person, kind,
							form.referee(), "yes".equals(form.related()), pastDate(form, "the date it was requested")));
				}
				case "check-returned" -> {
					var outcome = choice(StatutoryCheck.Outcome.class, form.choice(), "choice", "Select the outcome");
					UUID check = uuid(form.check());
					households.change(user, id, "Check returned", h -> h.recordCheckReturned(check,
							pastDate(form, "the date it came back"), outcome, DateParts.optional(form.expiresDay(),
									form.expiresMonth(), form.expiresYear(), "expires", "the expiry date")));
				}
				case "member" -> {
					var relationship = choice(HouseholdMember.Relationship.class, form.choice(), "choice",
							"Select how they are related to the household");
					var born = DateParts.required(form.day(), form.month(), form.year(), "date", "their date of birth");
					households.change(user, id, "Household member added", h -> h.addMember(
							new HouseholdMember(UUID.randomUUID(), form.detail(), born, relationship)));
				}
				default -> throw new IllegalArgumentException("No such step");
			}
		});
	}

	/** Staff decide that a public enquiry repeats a household already known: it closes as a duplicate. */
	@PostMapping("/{id}/duplicates/{other}/same")
	String markDuplicate(CurrentUser user, @PathVariable UUID id, @PathVariable UUID other, RedirectAttributes redirect) {
		households.checkMayChange(user, id);
		redirect.addFlashAttribute("saved", households.markDuplicate(user, id, other) ? "Closed as a duplicate"
				: "There was no possible duplicate left to decide");
		return "redirect:/households/" + id;
	}

	/** Staff decide that a public enquiry is a different family from the household it resembles. */
	@PostMapping("/{id}/duplicates/{other}/different")
	String notDuplicate(CurrentUser user, @PathVariable UUID id, @PathVariable UUID other, RedirectAttributes redirect) {
		households.checkMayChange(user, id);
		redirect.addFlashAttribute("saved", households.notDuplicate(user, id, other) ? "Marked as not a duplicate"
				: "There was no possible duplicate left to decide");
		return "redirect:/households/" + id;
	}

	/** The panel's recommendation, recorded by the panel adviser until the panel module sends it. */
	@PostMapping("/{id}/panel")
	String panel(CurrentUser user, @PathVariable UUID id, @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		households.checkMayChangeAs(user, id, List.of(Role.PANEL_ADVISER));
		return attempt(user, id, "panel", form, result, model, response, redirect, () -> {
			var recommendation = choice(Household.PanelRecommendation.class, form.choice(), "choice",
					"Select the panel's recommendation");
			panelOutcomes.record(id, new PanelOutcome.Recommended(pastDate(form, "the date of the panel"), recommendation),
					user.username());
		});
	}

	/** The agency decision maker's decision after panel. */
	@PostMapping("/{id}/agency-decision")
	String agencyDecision(CurrentUser user, @PathVariable UUID id, @ModelAttribute("step") StepForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		households.checkMayChangeAs(user, id, List.of(Role.AGENCY_DECISION_MAKER));
		return attempt(user, id, "agency-decision", form, result, model, response, redirect, () -> {
			var decision = choice(Household.AgencyDecision.class, form.choice(), "choice", "Select the decision");
			panelOutcomes.record(id, new PanelOutcome.Decided(pastDate(form, "the date of the decision"), decision),
					user.username());
		});
	}

	/** The agency decision maker's final decision after a qualifying determination, or a proposal to end approval. */
	@PostMapping("/{id}/final-decision")
	String finalDecision(CurrentUser user, @PathVariable UUID id, @ModelAttribute("step") StepForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		households.checkMayChangeAs(user, id, List.of(Role.AGENCY_DECISION_MAKER));
		return attempt(user, id, "final-decision", form, result, model, response, redirect, () -> {
			String choice = form.choice() == null ? "" : form.choice();
			switch (choice) {
				case "UPHOLD", "REVERSE" -> households.changeAs(user, id, "Final decision recorded",
						List.of(Role.AGENCY_DECISION_MAKER), h -> h.recordFinalDecision(pastDate(form, "the date of the decision"),
								"UPHOLD".equals(choice), households.calendar(), households.rules()));
				case "PROPOSE_ENDING" -> households.changeAs(user, id, "Proposal to end approval",
						List.of(Role.AGENCY_DECISION_MAKER), h -> h.proposeEndingApproval(pastDate(form, "the date of the proposal")));
				default -> throw new HouseholdRuleBroken("choice", "Select the decision");
			}
		});
	}

	private String attempt(CurrentUser user, UUID id, String step, StepForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", "Saved");
			return "redirect:/households/" + id + "#" + anchor(step);
		}
		catch (HouseholdRuleBroken e) {
			model.addAttribute("problems", e.reasons());
			response.setStatus(400);
			return page(user, households.readable(user, id), model, form, step);
		}
		catch (org.springframework.dao.OptimisticLockingFailureException e) {
			model.addAttribute("problems", List.of("Someone else changed this household while you were working. Check it and try again."));
			response.setStatus(409);
			return page(user, households.readable(user, id), model, form, step);
		}
	}

	private static String anchor(String step) {
		return switch (step) {
			case "check", "check-returned" -> "checks";
			case "contact", "document", "session" -> "history";
			case "booking", "attended" -> "events";
			case "member" -> "people";
			default -> "journey";
		};
	}

	static void reject(BindingResult result, HouseholdRuleBroken e) {
		for (String reason : e.reasons()) {
			if (e.field() != null && result.getFieldType(e.field()) != null) {
				result.rejectValue(e.field(), "rule", reason);
			}
			else {
				result.reject("rule", reason);
			}
		}
	}

	private LocalDate pastDate(StepForm form, String what) {
		var date = DateParts.required(form.day(), form.month(), form.year(), "day", what);
		households.notInFuture(date);
		return date;
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
		if (value != null) {
			for (E e : type.getEnumConstants()) {
				if (e.name().equals(value)) {
					return e;
				}
			}
		}
		throw new HouseholdRuleBroken(field, message);
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	// ---------------------------------------------------------------- the household's details

	@GetMapping("/{id}/details")
	String details(CurrentUser user, @PathVariable UUID id, Model model) {
		households.checkMayChange(user, id);
		var h = households.readable(user, id);
		return detailsForm(model, h, new Forms.DetailsForm(h.contactName(), h.email(), h.phone(), h.address(), h.postcode(),
				h.boroughCode(), h.relationship() == null ? "" : h.relationship().name()));
	}

	@PostMapping("/{id}/details")
	String saveDetails(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") Forms.DetailsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		households.checkMayChange(user, id);
		try {
			var relationship = form.relationship() == null || form.relationship().isBlank() ? null
					: choice(Household.Relationship.class, form.relationship(), "relationship", "Select the relationship from the list");
			String borough = form.boroughCode() == null || form.boroughCode().isBlank() ? null : form.boroughCode();
			if (borough != null && organisation.localAuthorities().stream().noneMatch(la -> la.code().value().equals(borough))) {
				throw new HouseholdRuleBroken("boroughCode", "Select the borough from the list");
			}
			if (form.email() != null && !form.email().isBlank() && !form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new HouseholdRuleBroken("email", "Enter an email address in the correct format, like name@example.com");
			}
			households.change(user, id, "Household details changed", h -> h.describe(form.contactName(), form.email(),
					form.phone(), form.address(), form.postcode(), borough, relationship));
			redirect.addFlashAttribute("saved", "Household details saved");
			return "redirect:/households/" + id;
		}
		catch (HouseholdRuleBroken e) {
			reject(result, e);
			response.setStatus(400);
			return detailsForm(model, households.readable(user, id), form);
		}
	}

	private String detailsForm(Model model, Household household, Forms.DetailsForm form) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("household", household);
		model.addAttribute("boroughs", organisation.localAuthorities());
		model.addAttribute("relationships", Household.Relationship.values());
		return "adopters/details-form";
	}

	// ---------------------------------------------------------------- applicants

	@GetMapping("/{id}/applicants/new")
	String newApplicant(CurrentUser user, @PathVariable UUID id, Model model) {
		var household = households.readable(user, id);
		households.checkMayChange(user, id);
		return applicantForm(model, household, ApplicantForm.empty());
	}

	@PostMapping("/{id}/applicants")
	String addApplicant(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ApplicantForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		households.checkMayChange(user, id);
		try {
			var born = DateParts.required(form.day(), form.month(), form.year(), "day", "their date of birth");
			if (!born.plusYears(18).isBefore(households.today())) {
				throw new HouseholdRuleBroken("day", "An applicant must be 18 or over (adopters must be 21 by approval)");
			}
			var sex = choice(Applicant.Sex.class, form.sex(), "sex", "Select the applicant's sex");
			String ethnicity = form.ethnicity() == null || form.ethnicity().isBlank() ? null : form.ethnicity();
			if (ethnicity != null && Ethnicities.CODES.stream().noneMatch(c -> c.code().equals(ethnicity))) {
				throw new HouseholdRuleBroken("ethnicity", "Select the applicant's ethnicity from the list");
			}
			Applicant.Sexuality sexuality = form.sexuality() == null || form.sexuality().isBlank() ? null
					: choice(Applicant.Sexuality.class, form.sexuality(), "sexuality", "Select from the list, or leave it empty");
			var applicant = new Applicant(UUID.randomUUID(), form.name(), born, sex, ethnicity, blank(form.religion()),
					blank(form.languages()), sexuality, blank(form.sexualityDescribed()), blank(form.disability()));
			households.change(user, id, "Applicant added", h -> h.addApplicant(applicant));
			redirect.addFlashAttribute("saved", "Applicant added");
			return "redirect:/households/" + id + "#people";
		}
		catch (HouseholdRuleBroken e) {
			reject(result, e);
			response.setStatus(400);
			return applicantForm(model, households.readable(user, id), form);
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private String applicantForm(Model model, Household household, ApplicantForm form) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("household", household);
		model.addAttribute("sexes", Applicant.Sex.values());
		model.addAttribute("sexualities", Applicant.Sexuality.values());
		model.addAttribute("ethnicities", Ethnicities.CODES);
		return "adopters/applicant-form";
	}

	// ---------------------------------------------------------------- approval range

	@GetMapping("/{id}/approval-range")
	String range(CurrentUser user, @PathVariable UUID id, Model model) {
		var household = households.view(user, id);
		var r = household.approvalRange().orElse(null);
		var form = r == null ? new RangeForm("1", "0", "4", "ANY", "", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "", "", List.of(), "", "")
				: new RangeForm(String.valueOf(r.childrenUpTo()), String.valueOf(r.youngestAge()),
						String.valueOf(r.oldestAge()), r.sexes().name(), r.siblingGroup() ? "yes" : "",
						r.needs().get(ApprovalRange.NeedArea.HEALTH).name(), r.needs().get(ApprovalRange.NeedArea.DISABILITY).name(),
						r.needs().get(ApprovalRange.NeedArea.DEVELOPMENT).name(),
						r.needs().get(ApprovalRange.NeedArea.EMOTIONAL_BEHAVIOURAL).name(),
						r.needs().get(ApprovalRange.NeedArea.LEARNING).name(),
						r.needs().get(ApprovalRange.NeedArea.TRAUMA_AND_ATTACHMENT).name(), r.heritage(),
						r.earlyPermanence() ? "yes" : "", r.contactKinds().stream().map(Enum::name).toList(), r.contact(),
						r.maxDistanceMiles() == null ? "" : String.valueOf(r.maxDistanceMiles()));
		return rangeForm(model, household, form);
	}

	@PostMapping("/{id}/approval-range")
	String saveRange(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") RangeForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		households.checkMayChange(user, id);
		try {
			var needs = new EnumMap<ApprovalRange.NeedArea, ApprovalRange.NeedLevel>(ApprovalRange.NeedArea.class);
			needs.put(ApprovalRange.NeedArea.HEALTH, level(form.health()));
			needs.put(ApprovalRange.NeedArea.DISABILITY, level(form.disability()));
			needs.put(ApprovalRange.NeedArea.DEVELOPMENT, level(form.development()));
			needs.put(ApprovalRange.NeedArea.EMOTIONAL_BEHAVIOURAL, level(form.emotionalBehavioural()));
			needs.put(ApprovalRange.NeedArea.LEARNING, level(form.learning()));
			needs.put(ApprovalRange.NeedArea.TRAUMA_AND_ATTACHMENT, level(form.traumaAttachment()));
			var range = new ApprovalRange(number(form.childrenUpTo(), "childrenUpTo", "Enter how many children, as a number"),
					number(form.youngestAge(), "youngestAge", "Enter the youngest age, as a number"),
					number(form.oldestAge(), "oldestAge", "Enter the oldest age, as a number"),
					choice(ApprovalRange.Sexes.class, form.sexes(), "sexes", "Select the sexes of children"),
					"yes".equals(form.siblingGroup()), needs, blank(form.heritage()), "yes".equals(form.earlyPermanence()),
					contactKinds(form.contactKinds()), blank(form.contact()), form.maxDistanceMiles() == null || form.maxDistanceMiles().isBlank() ? null
							: number(form.maxDistanceMiles(), "maxDistanceMiles", "Enter the distance in miles, as a number"));
			households.change(user, id, "Approval range set", h -> h.setApprovalRange(range));
			redirect.addFlashAttribute("saved", "Approval range saved");
			return "redirect:/households/" + id + "#range";
		}
		catch (HouseholdRuleBroken e) {
			reject(result, e);
			response.setStatus(400);
			return rangeForm(model, households.readable(user, id), form);
		}
	}

	private static java.util.Set<ApprovalRange.ContactKind> contactKinds(List<String> ticked) {
		var kinds = java.util.EnumSet.noneOf(ApprovalRange.ContactKind.class);
		for (String kind : ticked == null ? List.<String>of() : ticked) {
			kinds.add(choice(ApprovalRange.ContactKind.class, kind, "contactKinds", "Select the kinds of contact from the list"));
		}
		return kinds;
	}

	private static ApprovalRange.NeedLevel level(String value) {
		return choice(ApprovalRange.NeedLevel.class, value, null, "Select low, medium or high for each need area");
	}

	private static int number(String value, String field, String message) {
		try {
			return Integer.parseInt(value == null ? "" : value.trim());
		}
		catch (NumberFormatException e) {
			throw new HouseholdRuleBroken(field, message);
		}
	}

	private String rangeForm(Model model, Household household, RangeForm form) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("household", household);
		model.addAttribute("sexes", ApprovalRange.Sexes.values());
		model.addAttribute("levels", ApprovalRange.NeedLevel.values());
		model.addAttribute("contactKinds", ApprovalRange.ContactKind.values());
		model.addAttribute("areas", List.of(
				new Area("health", ApprovalRange.NeedArea.HEALTH), new Area("disability", ApprovalRange.NeedArea.DISABILITY),
				new Area("development", ApprovalRange.NeedArea.DEVELOPMENT),
				new Area("emotionalBehavioural", ApprovalRange.NeedArea.EMOTIONAL_BEHAVIOURAL),
				new Area("learning", ApprovalRange.NeedArea.LEARNING),
				new Area("traumaAttachment", ApprovalRange.NeedArea.TRAUMA_AND_ATTACHMENT)));
		return "adopters/approval-range";
	}

	record Area(String field, ApprovalRange.NeedArea area) {
	}

	/** For the page: the history entries of a kind. */
	static long count(List<LogEntry> history, LogEntry.Kind kind) {
		return history.stream().filter(e -> e.kind() == kind).count();
	}
}
