package org.hearth.organisation.web;

import org.hearth.organisation.AgencyId;
import org.hearth.organisation.LocalAuthority;
import org.hearth.organisation.OnsCode;
import org.hearth.organisation.OrganisationChanges;
import org.hearth.organisation.OrganisationDirectory;
import org.hearth.organisation.OrganisationRuleBroken;
import org.hearth.organisation.TeamKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's pages to maintain agencies, local authorities, teams and local bases. */
@Controller
@RequestMapping("/admin/organisation")
@PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
class OrganisationController {

	private final OrganisationDirectory directory;

	private final OrganisationChanges changes;

	OrganisationController(OrganisationDirectory directory, OrganisationChanges changes) {
		this.directory = directory;
		this.changes = changes;
	}

	record LocalAuthorityForm(String code, String name, String agencyId, Boolean host) {
	}

	record TeamForm(String agencyId, String name, TeamKind kind) {
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("agencies", directory.agencies());
		model.addAttribute("directory", directory);
		if (model.getAttribute("laForm") == null) {
			model.addAttribute("laForm", new LocalAuthorityForm("", "", "", false));
		}
		if (model.getAttribute("teamForm") == null) {
			model.addAttribute("teamForm", new TeamForm("", "", null));
		}
		model.addAttribute("teamKinds", TeamKind.values());
		return "admin/organisation";
	}

	@PostMapping("/local-authorities")
	String saveLocalAuthority(@ModelAttribute("laForm") LocalAuthorityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OnsCode code = null;
		try {
			code = new OnsCode(form.code());
		}
		catch (IllegalArgumentException e) {
			result.rejectValue("code", "invalid", e.getMessage());
		}
		if (form.name() == null || form.name().isBlank()) {
			result.rejectValue("name", "required", "Enter the local authority's name");
		}
		if (form.agencyId() == null || form.agencyId().isBlank()) {
			result.rejectValue("agencyId", "required", "Select the agency that serves this local authority");
		}
		if (!result.hasErrors()) {
			try {
				changes.saveLocalAuthority(
						new LocalAuthority(code, form.name().trim(), new AgencyId(form.agencyId()), Boolean.TRUE.equals(form.host())));
				redirect.addFlashAttribute("saved", form.name().trim() + " saved");
				return "redirect:/admin/organisation";
			}
			catch (OrganisationRuleBroken e) {
				result.rejectValue(e.field(), "invalid", e.getMessage());
			}
		}
		return overview(model);
	}

	@PostMapping("/teams")
	String addTeam(@ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.agencyId() == null || form.agencyId().isBlank()) {
			result.rejectValue("agencyId", "required", "Select the team's agency");
		}
		if (form.name() == null || form.name().isBlank()) {
			result.rejectValue("name", "required", "Enter the team's name");
		}
		if (form.kind() == null) {
			result.rejectValue("kind", "required", "Select what the team does");
		}
		if (result.hasErrors()) {
			return overview(model);
		}
		changes.addTeam(new AgencyId(form.agencyId()), form.name().trim(), form.kind());
		redirect.addFlashAttribute("saved", form.name().trim() + " added");
		return "redirect:/admin/organisation";
	}
}
