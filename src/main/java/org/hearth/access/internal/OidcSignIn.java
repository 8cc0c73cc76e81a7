package org.hearth.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through a borough's identity provider (OIDC), when one is configured. The identity provider
 * vouches for who the person is; Hearth still decides what they may do, from a staff account whose
 * user name is their e-mail address or preferred user name. Without such an account, or with a
 * disabled one, sign-in fails with the usual message.
 */
@Component
class OidcSignIn implements AuthenticationSuccessHandler {

	private final StaffAccounts accounts;

	private final SignInRecorder recorder;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	OidcSignIn(StaffAccounts accounts, SignInRecorder recorder) {
		this.accounts = accounts;
		this.recorder = recorder;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		var oidcUser = (OidcUser) authentication.getPrincipal();
		String name = oidcUser.getPreferredUsername() != null ? oidcUser.getPreferredUsername() : oidcUser.getEmail();
		var account = accounts.byUsername(name).filter(StaffAccount::enabled);
		if (account.isEmpty()) {
			recorder.failed(String.valueOf(name), false, "no enabled staff account for this identity");
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		var principal = new StaffPrincipal(account.get().asCurrentUser(), null, true, false, false,
				account.get().accessVersion());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		recorder.succeeded(account.get().username(), "Signed in through the identity provider");
		response.sendRedirect(request.getContextPath() + "/");
	}
}
