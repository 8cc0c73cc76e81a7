package org.hearth.children.web;

import org.hearth.calendar.DateInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.AccessPolicy;
import org.hearth.access.Affiliation;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.children.Child;
import org.hearth.children.ChildId;
import org.hearth.children.ChildRuleBroken;
import org.hearth.children.Children;
import org.hearth.children.DisabilityCode;
import org.hearth.children.EarlyPermanence;
import org.hearth.children.EthnicityCode;
import org.hearth.children.HarderToPlaceCharacteristic;
import org.hearth.children.JourneyEntryId;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;
import org.hearth.children.JourneyRuleBroken;
import org.hearth.children.LifeStoryWork;
import org.hearth.children.ReasonAdoptionNoLongerThePlan;
import org.hearth.children.Sex;
import org.hearth.children.StageTable;
import org.hearth.children.Tracker;
import org.hearth.children.TrackerFilter;
import org.hearth.children.TrackerRow;
import org.hearth.children.TrackerStage;
import org.hearth.children.LifeStoryOverdue;
import org.hearth.organisation.LocalAuthority;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The children's tracker pages: the regional tracker, stage counts, children waiting, a child's record. */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAuthority('CASE_READ')")
class ChildrenController {

	private final Children children;

	private final Tracker tracker;

	private final LifeStoryOverdue lifeStory;

	private final OrganisationDirectory organisation;

	private final AccessPolicy policy;

	ChildrenController(Children children, Tracker tracker, LifeStoryOverdue lifeStory,
			OrganisationDirectory organisation, AccessPolicy policy) {
		this.children = children;
		this.tracker = tracker;
		this.lifeStory = lifeStory;
		this.organisation = organisation;
		this.policy = policy;
	}

	@GetMapping
	String tracker(CurrentUser user, TrackerFilter filter, Model model) {
		var rows = tracker.rows(children.tracker(user, "Regional tracker"), filter);
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("workers", rows.stream().map(TrackerRow::familyFindingWorker).filter(w -> w != null).distinct().sorted().toList());
		frame(user, model);
		return "children/tracker";
	}

	@GetMapping("/stages")
	String stages(CurrentUser user, Model model) {
		var rows = tracker.rows(children.tracker(user, "Stages by borough"), TrackerFilter.none());
		var boroughs = boroughsOf(user);
		model.addAttribute("table", StageTable.of(boroughs, rows));
		model.addAttribute("today", tracker.today());
		frame(user, model);
		return "children/stages";
	}

	@GetMapping("/waiting")
	String waiting(CurrentUser user, Model model) {
		var rows = tracker.rows(children.tracker(user, "Children waiting"),
				new TrackerFilter(null, null, null, null, null, "waiting"));
		model.addAttribute("rows", rows.stream().filter(TrackerRow::waiting).toList());
		model.addAttribute("attention", rows.stream().filter(r -> !r.alerts().isEmpty()).toList());
		frame(user, model);
		return "children/waiting";
	}

	@GetMapping("/life-story")
	String lifeStory(CurrentUser user, Model model) {
		model.addAttribute("overdue", lifeStory.byWorker(children.tracker(user, "Life story work overdue")));
		frame(user, model);
		return "children/life-story";
	}

	@PostMapping("/export")
	@PreAuthorize("hasAuthority('CASE_EXPORT')")
	void export(CurrentUser user, TrackerFilter filter, @RequestParam(defaultValue = "") String reason,
			HttpServletResponse response) throws IOException {
		if (reason.isBlank()) {
			response.sendRedirect("/children?exportError=reason");
			return;
		}
		var rows = tracker.rows(children.tracker(user, "Tracker prepared for download"), filter);
		children.exported(user, rows.size(), reason.trim());
		var boroughs = boroughsOf(user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"hearth-tracker.csv\"");
		PrintWriter out = response.getWriter();
		out.println("case_reference,name,borough,date_of_birth,unborn,stage,family_finding_worker,"
				+ "harder_to_place,days_since_should_be_placed_decision,days_since_placement_order,alerts");
		for (TrackerRow row : rows) {
			out.println(String.join(",", Csv.cell(row.caseReference()), Csv.cell(row.name()),
					Csv.cell(boroughs.getOrDefault(row.boroughCode(), row.boroughCode())), row.birthDate().toString(),
					row.born() ? "no" : "yes", Csv.cell(row.stage().label()), Csv.cell(row.familyFindingWorker()),
					Csv.cell(String.join("; ", row.harderToPlaceLabels())), Csv.number(row.daysSinceDecision()),
					Csv.number(row.daysSincePlacementOrder()), Csv.cell(String.join("; ", row.alerts()))));
		}
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String newChild(CurrentUser user, Model model) {
		model.addAttribute("form", ChildForm.empty());
		return form(user, model, null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String add(CurrentUser user, @ModelAttribute("form") ChildForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.boroughCode() == null || !policy.maySeeChildOf(user, form.boroughCode())) {
			result.rejectValue("boroughCode", "required", "Select the child's borough");
		}
		var details = ChildFormReader.read(form, result);
		if (result.hasErrors()) {
			return form(user, model, null);
		}
		try {
			var child = children.register(user, form.boroughCode(), details);
			redirect.addFlashAttribute("saved", details.name() + " added to the tracker");
			return "redirect:/children/" + child.id();
		}
		catch (ChildRuleBroken e) {
			result.rejectValue(e.field(), "invalid", e.getMessage());
			return form(user, model, null);
		}
	}

	@GetMapping("/{id}")
	String child(CurrentUser user, @PathVariable ChildId id, Model model) {
		var child = children.view(user, id);
		if (!model.containsAttribute("eventForm")) {
			model.addAttribute("eventForm", EventForm.empty());
		}
		if (!model.containsAttribute("correctionForm")) {
			model.addAttribute("correctionForm", CorrectionForm.empty());
		}
		return childPage(user, child, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String edit(CurrentUser user, @PathVariable ChildId id, Model model) {
		var child = children.view(user, id);
		var d = child.details();
		model.addAttribute("form", new ChildForm(child.boroughCode(), d.caseReference(), d.firstNames(), d.lastName(),
				children.mayKnowProspectiveAdoptiveName(user) ? d.prospectiveAdoptiveName() : null,
				DateInput.of(d.birth().date()).day(),
				DateInput.of(d.birth().date()).month(), DateInput.of(d.birth().date()).year(), !d.birth().born(),
				d.sex().code(), d.ethnicity().code(), d.religion(), d.firstLanguages(),
				d.disabilities().codes().stream().map(DisabilityCode::code).toList(), d.healthAndNeeds(),
				d.boroughSocialWorker(), d.boroughTeamManager(), d.familyFindingWorker(), d.siblingGroup(),
				!d.siblingPlan().decided() ? "NOT_DECIDED"
						: d.siblingPlan().siblingsToBePlacedWith() > 0 ? "TOGETHER" : "ALONE",
				d.siblingPlan().siblingsToBePlacedWith() > 0 ? String.valueOf(d.siblingPlan().siblingsToBePlacedWith()) : "",
				d.siblingPlanReason(), d.earlyPermanence().name(), d.earlyPermanenceOutcome()));
		return form(user, model, child);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String change(CurrentUser user, @PathVariable ChildId id, @ModelAttribute("form") ChildForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		children.checkMayChange(user, id);
		var child = children.view(user, id);
		var details = ChildFormReader.read(form, result);
		if (!result.hasErrors()) {
			try {
				children.describe(user, id, details);
				redirect.addFlashAttribute("saved", "Details saved");
				return "redirect:/children/" + id;
			}
			catch (JourneyRuleBroken e) {
				e.messages().forEach(m -> result.rejectValue("day", "journey", m));
			}
			catch (ChildRuleBroken e) {
				result.rejectValue(e.field(), "invalid", e.getMessage());
			}
		}
		return form(user, model, child);
	}

	@PostMapping("/{id}/events")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String recordEvent(CurrentUser user, @PathVariable ChildId id, @ModelAttribute("eventForm") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		children.checkMayChange(user, id);
		JourneyEventType type = null;
		try {
			type = JourneyEventType.valueOf(form.type());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			result.rejectValue("type", "required", "Select what happened");
		}
		var date = new DateInput(form.day(), form.month(), form.year()).read("day", "the date it happened", result);
		ReasonAdoptionNoLongerThePlan reason = null;
		if (type != null && type.takesReason()) {
			try {
				reason = ReasonAdoptionNoLongerThePlan.of(form.reason());
			}
			catch (IllegalArgumentException e) {
				result.rejectValue("reason", "required", "Select why adoption is no longer the plan");
			}
		}
		if (!result.hasErrors()) {
			try {
				var event = reason != null ? JourneyEvent.adoptionNoLongerThePlan(date, reason) : JourneyEvent.of(type, date);
				children.record(user, id, event, form.note());
				redirect.addFlashAttribute("saved", type.label() + " recorded");
				return "redirect:/children/" + id;
			}
			catch (JourneyRuleBroken e) {
				e.messages().forEach(m -> result.rejectValue("day", "journey", m));
			}
		}
		model.addAttribute("correctionForm", CorrectionForm.empty());
		return childPage(user, children.view(user, id), model);
	}

	@PostMapping("/{id}/corrections")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String correct(CurrentUser user, @PathVariable ChildId id,
			@ModelAttribute("correctionForm") CorrectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		children.checkMayChange(user, id);
		var child = children.view(user, id);
		Optional<org.hearth.children.JourneyEntry> entry = Optional.empty();
		try {
			var entryId = JourneyEntryId.of(form.entry());
			entry = child.journey().entries().stream().filter(e -> e.id().equals(entryId)).findFirst();
		}
		catch (IllegalArgumentException | NullPointerException e) {
			// handled below
		}
		if (entry.isEmpty()) {
			result.rejectValue("entry", "required", "Select the entry to correct");
		}
		if (form.reason() == null || form.reason().isBlank()) {
			result.rejectValue("reason", "required", "Enter why the entry is being corrected");
		}
		boolean withdraw = "withdraw".equals(form.action());
		var date = withdraw ? null
				: new DateInput(form.day(), form.month(), form.year()).read("day", "the right date", result);
		if (!result.hasErrors()) {
			try {
				var old = entry.get();
				var corrected = withdraw ? Optional.<JourneyEvent>empty()
						: Optional.of(new JourneyEvent(old.type(), date, old.reason()));
				children.correct(user, id, old.id(), corrected, form.reason());
				redirect.addFlashAttribute("saved", old.type().label() + (withdraw ? " withdrawn" : " corrected"));
				return "redirect:/children/" + id;
			}
			catch (JourneyRuleBroken e) {
				e.messages().forEach(m -> result.rejectValue("day", "journey", m));
			}
			catch (IllegalArgumentException e) {
				result.rejectValue("entry", "invalid", e.getMessage());
			}
		}
		model.addAttribute("eventForm", EventForm.empty());
		return childPage(user, child, model);
	}

	@PostMapping("/{id}/life-story")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String lifeStory(CurrentUser user, @PathVariable ChildId id, @RequestParam(defaultValue = "") String milestone,
			@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "") String year, RedirectAttributes redirect) {
		children.checkMayChange(user, id);
		var child = children.view(user, id);
		var errors = new org.springframework.validation.MapBindingResult(new LinkedHashMap<String, Object>(Map.of("day", "")), "lifeStory");
		var date = new DateInput(day, month, year).read("day", "the date", errors);
		LifeStoryWork work = child.storedLifeStory();
		if (date != null) {
			try {
				work = switch (milestone) {
					case "bookStarted" -> work.bookStartedOn(date);
					case "firstStageGiven" -> work.firstStageGivenOn(date);
					case "celebrationHearing" -> work.celebrationHearingOn(date);
					case "bookCompleted" -> work.bookCompletedOn(date);
					case "laterLifeLetterGiven" -> work.laterLifeLetterGivenOn(date);
					default -> throw new IllegalArgumentException("Select what happened in the life story work");
				};
				children.recordLifeStory(user, id, work);
				redirect.addFlashAttribute("saved", "Life story work recorded");
			}
			catch (IllegalArgumentException e) {
				redirect.addFlashAttribute("lifeStoryError", e.getMessage());
			}
		}
		else {
			redirect.addFlashAttribute("lifeStoryError", errors.getAllErrors().get(0).getDefaultMessage());
		}
		return "redirect:/children/" + id + "#life-story";
	}

	private String childPage(CurrentUser user, Child child, Model model) {
		model.addAttribute("child", child);
		model.addAttribute("row", tracker.rowOf(child));
		model.addAttribute("timeline", child.journey().timeline());
		model.addAttribute("eventTypes", JourneyEventType.values());
		model.addAttribute("reasons", ReasonAdoptionNoLongerThePlan.values());
		model.addAttribute("lifeStory", lifeStory.of(child));
		model.addAttribute("borough", organisation.localAuthorities().stream()
			.filter(la -> la.code().value().equals(child.boroughCode())).map(LocalAuthority::name).findFirst().orElse(""));
		model.addAttribute("adoptionStaff", children.mayKnowProspectiveAdoptiveName(user));
		model.addAttribute("mayChange", user.can(Capability.CASE_WRITE));
		model.addAttribute("mayAudit", user.can(Capability.AUDIT_READ));
		model.addAttribute("mayFamilyFind", user.can(Capability.CASE_WRITE)
				&& user.role().affiliation() == org.hearth.access.Affiliation.AGENCY);
		return "children/child";
	}

	private String form(CurrentUser user, Model model, Child child) {
		model.addAttribute("child", child);
		model.addAttribute("boroughs", boroughsOf(user));
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ethnicities", EthnicityCode.values());
		model.addAttribute("disabilityCodes", DisabilityCode.values());
		model.addAttribute("earlyPermanenceOptions", EarlyPermanence.values());
		model.addAttribute("adoptionStaff", children.mayKnowProspectiveAdoptiveName(user));
		return "children/form";
	}

	private void frame(CurrentUser user, Model model) {
		model.addAttribute("boroughs", boroughsOf(user));
		model.addAttribute("stages", TrackerStage.values());
		model.addAttribute("characteristics", HarderToPlaceCharacteristic.values());
		model.addAttribute("mayChange", user.can(Capability.CASE_WRITE));
		model.addAttribute("mayExport", user.can(Capability.CASE_EXPORT));
	}

	/** The boroughs in the user's scope, ONS code to name, in name order. */
	private Map<String, String> boroughsOf(CurrentUser user) {
		var scope = policy.childRecordScope(user);
		var boroughs = new LinkedHashMap<String, String>();
		organisation.localAuthorities().stream()
			.filter(la -> scope.includes(la.code().value()))
			.forEach(la -> boroughs.put(la.code().value(), la.name()));
		return boroughs;
	}
}
