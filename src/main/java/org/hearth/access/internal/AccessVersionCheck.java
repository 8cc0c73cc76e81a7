package org.hearth.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account has changed since it signed in. The principal carries the account's
 * access version from its sign-in; on every request it is compared with the stored one (one query by
 * id). On a difference the session is invalidated and the security context cleared; a page request
 * is sent to the sign-in page saying why, an API request answers 401.
 */
@Component
class AccessVersionCheck {

	private final StaffAccounts accounts;

	private final ApiProblems problems;

	AccessVersionCheck(StaffAccounts accounts, ApiProblems problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	/** The filter for the pages' chain. */
	OncePerRequestFilter forPages() {
		return new Check(false);
	}

	/** The filter for the API's chain. */
	OncePerRequestFilter forApi() {
		return new Check(true);
	}

	private boolean stillCurrent(StaffPrincipal principal) {
		return accounts.accessVersionOf(principal.user().accountId())
			.map(version -> version == principal.accessVersion())
			.orElse(false);
	}

	private final class Check extends OncePerRequestFilter {

		private final boolean api;

		private Check(boolean api) {
			this.api = api;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)
					|| stillCurrent(principal)) {
				chain.doFilter(request, response);
				return;
			}
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			if (api) {
				problems.write(response, 401, "Not signed in", "Your account was changed. Sign in again.");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?changed");
			}
		}
	}
}
