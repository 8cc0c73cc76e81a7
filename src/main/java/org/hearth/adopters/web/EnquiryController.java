package org.hearth.adopters.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.Enquiry;
import org.hearth.adopters.Households;
import org.hearth.adopters.Households.EnquiryInvalid;
import org.hearth.adopters.Households.NewEnquiry;
import org.hearth.adopters.web.Forms.EnquiryForm;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.beans.factory.annotation.Value;
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

	private final EnquiryThrottle throttle;

	private final String publicAgency;

	private final String publicPhone;

	EnquiryController(Households households, OrganisationDirectory organisation, EnquiryThrottle throttle,
			@Value("${hearth.enquiries.agency-name:Adopt London East}") String publicAgency,
			@Value("${hearth.enquiries.agency-phone:020 7946 0000}") String publicPhone) {
		this.households = households;
		this.organisation = organisation;
		this.throttle = throttle;
		this.publicAgency = publicAgency;
		this.publicPhone = publicPhone;
	}

	/** What the public pages show of the agency: its own name and phone, not the staff service's. */
	@ModelAttribute
	void publicLook(Model model) {
		model.addAttribute("publicAgency", publicAgency);
		model.addAttribute("publicPhone", publicPhone);
		model.addAttribute("replyWithin", Households.REPLY_WITHIN);
	}

	@GetMapping("/enquire/privacy")
	String privacy() {
		return "adopters/enquire-privacy";
	}

	@GetMapping("/enquire")
	String publicForm(Model model) {
		return form(model, EnquiryForm.empty(), false);
	}

	@PostMapping("/enquire")
	String publicEnquiry(@ModelAttribute("form") EnquiryForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!throttle.admit(request.getRemoteAddr())) {
			response.setStatus(429);
			return "adopters/enquire-later";
		}
		try {
			var received = households.receive(newEnquiry(form, result), Enquiry.Via.WEB, null);
			redirect.addFlashAttribute("emailed", form.email() != null && !form.email().isBlank());
			redirect.addFlashAttribute("reference", received.reference());
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
