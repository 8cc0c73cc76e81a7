package org.hearth.organisation.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hearth.calendar.BankHolidayList;
import org.hearth.calendar.BankHolidayRefused;
import org.hearth.calendar.DateInput;
import org.hearth.organisation.BankHolidayChanges;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's page for the bank holiday list that working days are counted with:
 * the years it covers, its holidays from this year on, a form to add one and a button to remove a
 * mistaken entry.
 */
@Controller
@RequestMapping("/admin/bank-holidays")
@PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
class BankHolidaysController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final BankHolidayList list;

	private final BankHolidayChanges changes;

	private final Clock clock;

	BankHolidaysController(BankHolidayList list, BankHolidayChanges changes, Clock clock) {
		this.list = list;
		this.changes = changes;
		this.clock = clock;
	}

	/** A problem with the remove button's request, for the page's error summary. */
	record Problem(String field, String message) {
	}

	/** The add form as typed: the date in three boxes and the holiday's name. */
	record HolidayForm(String day, String month, String year, String title) {
	}

	@GetMapping
	String list(Model model) {
		if (model.getAttribute("holidayForm") == null) {
			model.addAttribute("holidayForm", new HolidayForm("", "", "", ""));
		}
		LocalDate today = LocalDate.now(clock);
		var holidays = list.current();
		model.addAttribute("knownUntil", list.calendar().knownUntil());
		model.addAttribute("warning", list.warningOn(today));
		model.addAttribute("years", holidays.countByYear());
		model.addAttribute("fromThisYear", holidays.all().stream().filter(h -> h.date().getYear() >= today.getYear()).toList());
		model.addAttribute("dayFormat", DAY);
		return "admin/bank-holidays";
	}

	@PostMapping
	String add(@ModelAttribute("holidayForm") HolidayForm form, BindingResult result, Model model, Principal principal,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate date = new DateInput(form.day(), form.month(), form.year()).read("day", "the date of the bank holiday", result);
		BankHolidayList.titleProblem(form.title()).ifPresent(problem -> result.rejectValue("title", "invalid", problem));
		if (!result.hasErrors()) {
			try {
				var added = changes.add(date, form.title().strip(), principal.getName());
				redirect.addFlashAttribute("saved", added.title() + " on " + DAY.format(added.date()) + " added");
				return "redirect:/admin/bank-holidays";
			}
			catch (BankHolidayRefused e) {
				result.rejectValue(e.field(), "refused", e.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return list(model);
	}

	@PostMapping("/remove")
	String remove(@RequestParam(defaultValue = "") String date, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			var removed = changes.remove(LocalDate.parse(date));
			redirect.addFlashAttribute("saved", removed.title() + " on " + DAY.format(removed.date()) + " removed");
			return "redirect:/admin/bank-holidays";
		}
		catch (DateTimeParseException e) {
			model.addAttribute("problems", List.of(new Problem("holidays", "Select a bank holiday from the list to remove")));
		}
		catch (BankHolidayRefused e) {
			model.addAttribute("problems", List.of(new Problem("holidays", e.getMessage())));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return list(model);
	}
}
