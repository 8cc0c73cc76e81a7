package org.hearth.access.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.hearth.access.CurrentUsers;
import org.hearth.access.internal.SecondFactor;
import org.hearth.access.internal.SignInCompletion;
import org.hearth.access.internal.SignInRecorder;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: user name and password, then the authenticator app's code where the user has
 * one, or setting one up where it is required.
 */
@Controller
class SignInController {

	static final String NEW_SECRET = "hearth.second-factor.new-secret";

	private final StaffAccounts accounts;

	private final SecondFactor secondFactor;

	private final SignInRecorder recorder;

	private final SignInCompletion completion;

	private final StaffAccountChanges changes;

	private final boolean oidc;

	SignInController(StaffAccounts accounts, SecondFactor secondFactor, SignInRecorder recorder,
			SignInCompletion completion, StaffAccountChanges changes,
			org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc) {
		this.changes = changes;
		this.oidc = oidc.getIfAvailable() != null;
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.recorder = recorder;
		this.completion = completion;
	}

	@GetMapping("/login")
	String signIn(HttpServletRequest request, Model model) {
		if (CurrentUsers.signedIn().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("failed", request.getParameter("error") != null);
		model.addAttribute("signedOut", request.getParameter("signed-out") != null);
		model.addAttribute("oidc", oidc);
		return "access/login";
	}

	@GetMapping("/login/code")
	String code() {
		return "access/code";
	}

	@PostMapping("/login/code")
	String checkCode(@RequestParam(defaultValue = "") String code, Principal principal, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var account = accounts.byUsername(principal.getName()).orElseThrow();
		if (code.isBlank() || !secondFactor.accepts(account.totpSecret(), code)) {
			recorder.failed(account.username(), true, "wrong second-factor code");
			if (accounts.byUsername(account.username()).orElseThrow().lockedUntil() != null) {
				SecurityContextHolder.clearContext();
				request.getSession().invalidate();
				return "redirect:/login?error";
			}
			model.addAttribute("error", code.isBlank() ? "Enter the 6-digit code from your authenticator app"
					: "The code is not right. Enter the code your authenticator app shows now");
			return "access/code";
		}
		completion.complete(account.username(), request, response, "Signed in with a password and a code");
		return "redirect:/";
	}

	@GetMapping("/login/set-up-second-factor")
	String setUp(Principal principal, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(NEW_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(NEW_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("qrCode", secondFactor.qrCode(principal.getName(), secret));
		model.addAttribute("action", "/login/set-up-second-factor");
		model.addAttribute("required", true);
		return "access/second-factor";
	}

	@PostMapping("/login/set-up-second-factor")
	String enrol(@RequestParam(defaultValue = "") String code, Principal principal, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String secret = (String) session.getAttribute(NEW_SECRET);
		if (secret == null || !secondFactor.accepts(secret, code)) {
			model.addAttribute("error", code.isBlank() ? "Enter the 6-digit code from your authenticator app"
					: "The code is not right. Enter the code your authenticator app shows now");
			return setUp(principal, session, model);
		}
		var account = accounts.byUsername(principal.getName()).orElseThrow();
		changes.enrolSecondFactor(account.id(), secret);
		session.removeAttribute(NEW_SECRET);
		completion.complete(account.username(), request, response, "Signed in and set up a second factor");
		return "redirect:/";
	}
}
