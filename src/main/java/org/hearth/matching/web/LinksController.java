package org.hearth.matching.web;

import org.hearth.calendar.DateInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.hearth.access.CurrentUser;
import org.hearth.children.ChildId;
import org.hearth.children.JourneyRuleBroken;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.InterestFrom;
import org.hearth.matching.LinkCloseReason;
import org.hearth.matching.LinkDetails;
import org.hearth.matching.LinkId;
import org.hearth.matching.LinkRuleBroken;
import org.hearth.matching.LinkStepType;
import org.hearth.matching.Links;
import org.hearth.matching.MatchDecision;
import org.hearth.matching.PanelRecommendation;
import org.hearth.matching.SearchId;
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

/**
 * The links pages: the open links, and one link with its timeline, the form for the next step, the
 * match decision for the child's borough's decision maker and closing with a reason.
 */
@Controller
@RequestMapping("/links")
@PreAuthorize("hasAuthority('CASE_READ')")
class LinksController {

	private final Links links;

	LinksController(Links links) {
		this.links = links;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("links", links.openLinks(user));
		model.addAttribute("openDays", links.openTooLongDays());
		return "links/links";
	}

	/** Shortlists a household for a child (or for children to be placed together), from a search. */
	@PostMapping
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String shortlist(CurrentUser user, @RequestParam(name = "childId", required = false) List<String> childIds,
			@RequestParam(required = false) String householdId, @RequestParam(required = false) String searchId,
			Model model) {
		List<ChildId> children = new ArrayList<>();
		String problem = null;
		try {
			for (String id : childIds == null ? List.<String>of() : childIds) {
				children.add(ChildId.of(id));
			}
			var household = householdId == null || householdId.isBlank() ? null : HouseholdId.of(householdId);
			var search = searchId == null || searchId.isBlank() ? null
					: new SearchId(java.util.UUID.fromString(searchId.strip()));
			var link = links.shortlist(user, search, children, household);
			return "redirect:/links/" + link.id();
		}
		catch (LinkRuleBroken e) {
			problem = e.getMessage();
		}
		catch (IllegalArgumentException e) {
			problem = "Select a child and a household from a search";
		}
		model.addAttribute("shortlistError", problem);
		return list(user, model);
	}

	@GetMapping("/{id}")
	String link(CurrentUser user, @PathVariable LinkId id, Model model) {
		model.addAttribute("stepForm", StepForm.empty());
		model.addAttribute("decisionForm", StepForm.empty());
		model.addAttribute("closeForm", CloseForm.empty());
		return page(user, links.view(user, id), model);
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String step(CurrentUser user, @PathVariable LinkId id, @ModelAttribute("stepForm") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		links.checkMayWork(user, id);
		LinkStepType type = null;
		try {
			type = LinkStepType.valueOf(form.step());
			if (type == LinkStepType.SHORTLISTED || type == LinkStepType.MATCH_DECISION) {
				type = null;
				result.rejectValue("step", "step", "Select the step to record");
			}
		}
		catch (IllegalArgumentException | NullPointerException e) {
			result.rejectValue("step", "required", "Select the step to record");
		}
		LocalDate on = new DateInput(form.day(), form.month(), form.year()).read("day", "the date", result);
		LinkStepType step = type;
		return changeOrShow(user, id, result, model, redirect, LinksController::field,
				() -> links.recordStep(user, id, step, on, form.outcome(), form.note()), () -> step.label() + " recorded");
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String decision(CurrentUser user, @PathVariable LinkId id, @ModelAttribute("decisionForm") StepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		links.checkMayDecide(user, id);
		MatchDecision decision = null;
		try {
			decision = MatchDecision.valueOf(form.outcome());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			result.rejectValue("outcome", "required", "Select the decision");
		}
		LocalDate on = new DateInput(form.day(), form.month(), form.year()).read("day", "the date of the decision", result);
		MatchDecision chosen = decision;
		return changeOrShow(user, id, result, model, redirect, LinksController::field,
				() -> links.recordMatchDecision(user, id, on, chosen, form.note()), () -> "Match decision recorded");
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String close(CurrentUser user, @PathVariable LinkId id, @ModelAttribute("closeForm") CloseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		links.checkMayWork(user, id);
		LinkCloseReason reason = null;
		try {
			reason = LinkCloseReason.valueOf(form.reason());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			result.rejectValue("reason", "required", "Select why the link is closed");
		}
		if (form.shared() == null || form.shared().isBlank()) {
			result.rejectValue("shared", "required", "Enter the reason that can be shared with the household");
		}
		LocalDate on = new DateInput(form.day(), form.month(), form.year()).read("day", "the date the link closed", result);
		LinkCloseReason why = reason;
		return changeOrShow(user, id, result, model, redirect,
				field -> field.equals("shared") || field.equals("reason") ? field : "day",
				() -> links.close(user, id, on, why, form.shared(), form.note()), () -> "Link closed");
	}

	/**
	 * Makes the change when the form has no errors and goes back to the link with its banner; when the
	 * form has errors, or the change is refused, shows the link again with the form as typed.
	 */
	private String changeOrShow(CurrentUser user, LinkId id, BindingResult result, Model model,
			RedirectAttributes redirect, UnaryOperator<String> fieldOf, Runnable change, Supplier<String> saved) {
		if (!result.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("saved", saved.get());
				return "redirect:/links/" + id;
			}
			catch (LinkRuleBroken e) {
				result.rejectValue(fieldOf.apply(e.field()), "rule", e.getMessage());
			}
			catch (JourneyRuleBroken e) {
				e.messages().forEach(m -> result.rejectValue("day", "journey", "The child's journey: " + m));
			}
		}
		for (String form : List.of("stepForm", "decisionForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, StepForm.empty());
			}
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", CloseForm.empty());
		}
		return page(user, links.view(user, id), model);
	}

	private static String field(String field) {
		return switch (field) {
			case "outcome", "step", "day" -> field;
			default -> "step";
		};
	}

	private String page(CurrentUser user, LinkDetails details, Model model) {
		model.addAttribute("d", details);
		model.addAttribute("link", details.link());
		model.addAttribute("nextSteps", details.link().nextSteps().stream()
			.filter(s -> s != LinkStepType.MATCH_DECISION).toList());
		var next = details.link().nextSteps();
		model.addAttribute("linkNext", next.contains(LinkStepType.LINKED));
		model.addAttribute("panelNext", next.contains(LinkStepType.MATCHING_PANEL));
		model.addAttribute("decisionNext", next.contains(LinkStepType.MATCH_DECISION));
		model.addAttribute("interestFrom", InterestFrom.values());
		model.addAttribute("recommendations", PanelRecommendation.values());
		model.addAttribute("decisions", MatchDecision.values());
		model.addAttribute("reasons", LinkCloseReason.values());
		model.addAttribute("openDays", links.openTooLongDays());
		return "links/link";
	}
}
