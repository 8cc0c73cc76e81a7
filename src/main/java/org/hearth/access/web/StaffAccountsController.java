package org.hearth.access.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.hearth.access.CurrentUser;
import org.hearth.access.Role;
import org.hearth.access.RecordNotFound;
import org.hearth.access.internal.AccountRuleBroken;
import org.hearth.access.internal.RoleGrants;
import org.hearth.access.internal.StaffAccount;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccountChanges.Outcome;
import org.hearth.access.internal.StaffAccountChanges.NewAccount;
import org.hearth.access.internal.StaffAccounts;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

	private final RoleGrants grants;

	StaffAccountsController(StaffAccounts accounts, StaffAccountChanges changes, OrganisationDirectory organisation,
			RoleGrants grants) {
		this.grants = grants;
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
			CurrentUser user, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form, id);
		}
		try {
			var outcome = changes.describe(id, form.displayName(), form.email(), form.role(), form.agencyId(),
					form.boroughCode(), user);
			if (form.password() != null && !form.password().isEmpty()) {
				changes.resetPassword(id, form.password());
			}
			redirect.addFlashAttribute("saved", outcome == Outcome.ROLE_AWAITS_APPROVAL
					? "Account saved. The new role gives case access: it applies once a head of service of the agency or another system administrator approves it."
					: "Account saved");
			return "redirect:/admin/users/" + id;
		}
		catch (AccountRuleBroken e) {
			result.rejectValue(e.field(), "invalid", e.getMessage());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form, id);
		}
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String change, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			switch (change) {
				case "disable" -> changes.disable(id, user);
				case "enable" -> changes.enable(id);
				case "unlock" -> changes.unlock(id);
				case "remove-second-factor" -> changes.removeSecondFactor(id);
				default -> throw new IllegalArgumentException("Unknown change");
			}
		}
		catch (AccountRuleBroken e) {
			var account = accounts.byId(id).orElseThrow(() -> new RecordNotFound("Staff account"));
			var form = formOf(account);
			var result = new BeanPropertyBindingResult(form, "form");
			result.reject("invalid", e.getMessage());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
			model.addAttribute("form", form);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form, id);
		}
		redirect.addFlashAttribute("saved", "Account saved");
		return "redirect:/admin/users/" + id;
	}

	private static AccountForm formOf(StaffAccount account) {
		return new AccountForm(account.username(), account.displayName(), account.email(), account.role(),
				account.agencyId(), account.boroughCode(), "");
	}

	private String form(Model model, AccountForm form, UUID id) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("id", id);
		model.addAttribute("account", id == null ? null : accounts.byId(id).orElse(null));
		model.addAttribute("roles", Role.values());
		model.addAttribute("pendingGrant", id == null ? null : grants.pendingFor(id).orElse(null));
		model.addAttribute("agencies", organisation.agencies());
		model.addAttribute("boroughs", organisation.localAuthorities());
		return "admin/user-form";
	}
}
