package org.hearth.access.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.hearth.access.CurrentUser;
import org.hearth.access.internal.AccountRuleBroken;
import org.hearth.access.internal.ApiTokens;
import org.hearth.access.internal.SecondFactor;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member of staff's own account: their details, personal API tokens and second factor. */
@Controller
class AccountController {

	private final StaffAccounts accounts;

	private final ApiTokens tokens;

	private final SecondFactor secondFactor;

	private final StaffAccountChanges changes;

	AccountController(StaffAccounts accounts, ApiTokens tokens, SecondFactor secondFactor,
			StaffAccountChanges changes) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.secondFactor = secondFactor;
		this.changes = changes;
	}

	@GetMapping("/account")
	String account(CurrentUser user, Model model) {
		model.addAttribute("account", accounts.byId(user.accountId()).orElseThrow());
		model.addAttribute("tokens", tokens.of(user));
		return "access/account";
	}

	@PostMapping("/account/tokens")
	String createToken(CurrentUser user, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", tokens.create(user, name));
			redirect.addFlashAttribute("newTokenName", name.trim());
			return "redirect:/account";
		}
		catch (AccountRuleBroken e) {
			model.addAttribute("tokenError", e.getMessage());
			model.addAttribute("tokenName", name);
			return account(user, model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(user, id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

	@GetMapping("/account/second-factor")
	String setUp(CurrentUser user, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(SignInController.NEW_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(SignInController.NEW_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("qrCode", secondFactor.qrCode(user.username(), secret));
		model.addAttribute("action", "/account/second-factor");
		model.addAttribute("required", false);
		return "access/second-factor";
	}

	@PostMapping("/account/second-factor")
	String enrol(CurrentUser user, @RequestParam(defaultValue = "") String code, HttpSession session, Model model,
			RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(SignInController.NEW_SECRET);
		if (secret == null || !secondFactor.accepts(secret, code)) {
			model.addAttribute("error", code.isBlank() ? "Enter the 6-digit code from your authenticator app"
					: "The code is not right. Enter the code your authenticator app shows now");
			return setUp(user, session, model);
		}
		changes.enrolSecondFactor(user.accountId(), secret);
		session.removeAttribute(SignInController.NEW_SECRET);
		redirect.addFlashAttribute("secondFactorSetUp", true);
		return "redirect:/account";
	}

	/** Called by the page's script when the user chooses to stay signed in. */
	@GetMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}
}
