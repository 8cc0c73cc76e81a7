package org.hearth.access.web;

import java.util.UUID;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.access.internal.RoleGrants;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roles with case access waiting for a second person: shown to those the access policy lets
 * approve them, each with approve and decline.
 */
@Controller
@RequestMapping("/admin/grants")
class GrantsController {

	private final RoleGrants grants;

	private final StaffAccountChanges changes;

	private final AccessPolicy policy;

	private final OrganisationDirectory organisation;

	GrantsController(RoleGrants grants, StaffAccountChanges changes, AccessPolicy policy,
			OrganisationDirectory organisation) {
		this.grants = grants;
		this.changes = changes;
		this.policy = policy;
		this.organisation = organisation;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		if (!policy.mayApproveGrants(user)) {
			throw new AccessDeniedException("Your role does not approve roles");
		}
		model.addAttribute("grants", grants.pending()
			.stream()
			.filter(g -> policy.mayApproveGrant(user, g.requestedBy(), g.accountId(), g.agencyId()))
			.toList());
		model.addAttribute("agencies", organisation.agencies());
		model.addAttribute("boroughs", organisation.localAuthorities());
		return "admin/grants";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
		changes.approve(id, user);
		redirect.addFlashAttribute("saved", "Role approved: it applies now");
		return "redirect:/admin/grants";
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
		changes.decline(id, user);
		redirect.addFlashAttribute("saved", "Role declined: the account keeps its role");
		return "redirect:/admin/grants";
	}
}
