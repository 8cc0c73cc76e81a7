package org.hearth.access.web;

import java.util.UUID;

import org.hearth.access.Role;
import org.hearth.access.RecordNotFound;
import org.hearth.access.internal.AccountRuleBroken;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccountChanges.NewAccount;
import org.hearth.access.internal.StaffAccounts;
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

/** The system administrator's pages to open, change and disable staff accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class StaffAccountsController {

	private final StaffAccounts accounts;

	private final StaffAccountChanges changes;

	private final OrganisationDirectory organisation;

	StaffAccountsController(StaffAccounts accounts, StaffAccountChanges changes, OrganisationDirectory organisation) {
		this.accounts = accounts;
		this.changes = changes;
		this.organisation = organisation;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("agencies", organisation.agencies());
		model.addAttribute("boroughs", organisation.localAuthorities());
		return "admin/users";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return form(model, AccountForm.empty(), null);
	}

	@PostMapping
	String open(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			var account = changes.open(new NewAccount(form.username(), form.displayName(), form.email(), form.role(),
					form.agencyId(), form.boroughCode(), form.password()));
			redirect.addFlashAttribute("saved", "Account opened for " + account.displayName());
			return "redirect:/admin/users";
		}
		catch (AccountRuleBroken e) {
			result.rejectValue(e.field(), "invalid", e.getMessage());
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		var account = accounts.byId(id).orElseThrow(() -> new RecordNotFound("Staff account"));
		var form = new AccountForm(account.username(), account.displayName(), account.email(), account.role(),
				account.agencyId(), account.boroughCode(), "");
		return form(model, form, id);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			changes.describe(id, form.displayName(), form.email(), form.role(), form.agencyId(), form.boroughCode());
			if (form.password() != null && !form.password().isEmpty()) {
				changes.resetPassword(id, form.password());
			}
			redirect.addFlashAttribute("saved", "Account saved");
			return "redirect:/admin/users/" + id;
		}
		catch (AccountRuleBroken e) {
			result.rejectValue(e.field(), "invalid", e.getMessage());
			return form(model, form, id);
		}
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String change, RedirectAttributes redirect) {
		switch (change) {
			case "disable" -> changes.disable(id);
			case "enable" -> changes.enable(id);
			case "unlock" -> changes.unlock(id);
			case "remove-second-factor" -> changes.removeSecondFactor(id);
			default -> throw new IllegalArgumentException("Unknown change");
		}
		redirect.addFlashAttribute("saved", "Account saved");
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, AccountForm form, UUID id) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("id", id);
		model.addAttribute("account", id == null ? null : accounts.byId(id).orElse(null));
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", organisation.agencies());
		model.addAttribute("boroughs", organisation.localAuthorities());
		return "admin/user-form";
	}
}
