package org.hearth.adopters.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.HouseholdRuleBroken;
import org.hearth.adopters.Households;
import org.hearth.adopters.InformationEvents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's information events: the list with bookings and attendance, and a form for a new one. */
@Controller
class InformationEventsController {

	record EventForm(String title, String place, String capacity, String day, String month, String year) {

		static EventForm empty() {
			return new EventForm("", "", "20", "", "", "");
		}
	}

	private final InformationEvents events;

	private final Households households;

	InformationEventsController(InformationEvents events, Households households) {
		this.events = events;
		this.households = households;
	}

	@GetMapping("/households/events")
	String list(CurrentUser user, Model model) {
		return page(user, model, EventForm.empty());
	}

	@PostMapping("/households/events")
	@org.springframework.security.access.prepost.PreAuthorize("hasAuthority('CASE_WRITE')")
	String create(CurrentUser user, @ModelAttribute("form") EventForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		events.ofMyAgency(user);
		try {
			int capacity;
			try {
				capacity = Integer.parseInt(form.capacity() == null ? "" : form.capacity().trim());
			}
			catch (NumberFormatException e) {
				throw new HouseholdRuleBroken("capacity", "Enter how many places there are, as a number");
			}
			var on = DateParts.required(form.day(), form.month(), form.year(), "day", "the date of the event");
			events.create(user, form.title(), on, form.place(), capacity);
			redirect.addFlashAttribute("saved", "Information event added");
			return "redirect:/households/events";
		}
		catch (HouseholdRuleBroken e) {
			HouseholdsController.reject(result, e);
			response.setStatus(400);
			return page(user, model, form);
		}
	}

	private String page(CurrentUser user, Model model, EventForm form) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("events", events.ofMyAgency(user));
		model.addAttribute("today", households.today());
		model.addAttribute("mayChange", user.can(org.hearth.access.Capability.CASE_WRITE));
		return "adopters/events";
	}
}
