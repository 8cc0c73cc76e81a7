package org.hearth.adopters.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.Enquiry;
import org.hearth.adopters.Households;
import org.hearth.adopters.Households.EnquiryInvalid;
import org.hearth.adopters.Households.NewEnquiry;
import org.hearth.adopters.web.Forms.EnquiryForm;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The single front door: the public enquiry form (no account needed) and business support's page for
 * enquiries taken by phone or email.
 */
@Controller
class EnquiryController {

	private final Households households;

	private final OrganisationDirectory organisation;

	EnquiryController(Households households, OrganisationDirectory organisation) {
		this.households = households;
		this.organisation = organisation;
	}

	@GetMapping("/enquire")
	String publicForm(Model model) {
		return form(model, EnquiryForm.empty(), false);
	}

	@PostMapping("/enquire")
	String publicEnquiry(@ModelAttribute("form") EnquiryForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var enquiry = households.receiveEnquiry(newEnquiry(form, result), Enquiry.Via.WEB, null);
			redirect.addFlashAttribute("emailed", form.email() != null && !form.email().isBlank());
			return "redirect:/enquire/thank-you";
		}
		catch (EnquiryInvalid e) {
			e.problems().forEach((field, message) -> result.rejectValue(field, "invalid", message));
			response.setStatus(400);
			return form(model, form, false);
		}
	}

	@GetMapping("/enquire/thank-you")
	String thanks() {
		return "adopters/enquire-thanks";
	}

	@GetMapping("/households/enquiries/new")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String staffForm(CurrentUser user, Model model) {
		requireAgency(user);
		return form(model, EnquiryForm.empty(), true);
	}

	@PostMapping("/households/enquiries")
	@PreAuthorize("hasAuthority('CASE_WRITE')")
	String staffEnquiry(CurrentUser user, @ModelAttribute("form") EnquiryForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireAgency(user);
		Enquiry.Via via = "EMAIL".equals(form.via()) ? Enquiry.Via.EMAIL : Enquiry.Via.PHONE;
		var withAgency = new EnquiryForm(form.name(), form.email(), form.phone(), form.postcode(), form.boroughCode(),
				user.agencyId(), form.source(), form.campaign(), form.via());
		try {
			var enquiry = households.receiveEnquiry(newEnquiry(withAgency, result), via, user.username());
			redirect.addFlashAttribute("saved", enquiry.duplicate()
					? "This person has enquired before: the enquiry was added to their household"
					: "Enquiry recorded and acknowledged");
			return "redirect:/households/" + enquiry.householdId();
		}
		catch (EnquiryInvalid e) {
			e.problems().forEach((field, message) -> result.rejectValue(field, "invalid", message));
			response.setStatus(400);
			return form(model, form, true);
		}
	}

	private static void requireAgency(CurrentUser user) {
		if (user.agencyId() == null || user.role().affiliation() != org.hearth.access.Affiliation.AGENCY) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	private static NewEnquiry newEnquiry(EnquiryForm form, BindingResult result) {
		Enquiry.Source source = Arrays.stream(Enquiry.Source.values())
			.filter(s -> s.name().equals(form.source()))
			.findFirst()
			.orElse(null);
		return new NewEnquiry(form.name(), form.email(), form.phone(), form.postcode(), form.boroughCode(),
				form.agencyId(), source, form.campaign());
	}

	private String form(Model model, EnquiryForm form, boolean staff) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("staff", staff);
		model.addAttribute("sources", Enquiry.Source.values());
		model.addAttribute("boroughs", organisation.localAuthorities());
		model.addAttribute("agencies", organisation.agencies());
		return "adopters/enquire";
	}
}
