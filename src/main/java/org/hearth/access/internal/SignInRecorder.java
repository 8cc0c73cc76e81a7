package org.hearth.access.internal;

import java.time.Clock;

import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in, successful or not, in the audit trail, and locks an account after too many
 * failures in a row. A sign-in counts as successful once the user is fully signed in, after the second
 * factor where they have one.
 */
@Component
public class SignInRecorder {

	static final String UNKNOWN_ACCOUNT = "unknown account";

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final SignInSettings settings;

	private final Clock clock;

	SignInRecorder(StaffAccounts accounts, AuditLog audit, SignInSettings settings, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		boolean fullySignedIn = event.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(a -> Authorities.STAFF.equals(a.getAuthority()));
		if (fullySignedIn && event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			succeeded(principal.getUsername(), "Signed in with a password");
		}
	}

	@EventListener
	@Transactional
	public void on(AbstractAuthenticationFailureEvent event) {
		String attempted = String.valueOf(event.getAuthentication().getName());
		failed(attempted, event instanceof AuthenticationFailureBadCredentialsEvent,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	@Transactional
	public void on(LogoutSuccessEvent event) {
		audit.recordFor(event.getAuthentication().getName(),
				new AuditRecord(AuditScope.administration(), AuditAction.SIGNED_OUT, "staff-account", event.getAuthentication().getName(),
						"Signed out", null, null, null));
	}

	@Transactional
	public void succeeded(String username, String how) {
		accounts.byUsername(username).ifPresent(account -> {
			account.recordSuccessfulSignIn();
			accounts.update(account);
		});
		audit.recordFor(username,
				new AuditRecord(AuditScope.administration(), AuditAction.SIGN_IN_SUCCEEDED, "staff-account", username, how, null, null, null));
	}

	/**
	 * Records a failed sign-in. A wrong password or code counts towards locking the account; the reason
	 * goes only to the audit trail, never to the person signing in.
	 */
	@Transactional
	public void failed(String attempted, boolean countsTowardsLockout, String why) {
		// what was typed for an unknown account may be a password: it is never written down
		String who = accounts.byUsername(attempted).isPresent() ? attempted : UNKNOWN_ACCOUNT;
		audit.recordFor(who, new AuditRecord(AuditScope.administration(), AuditAction.SIGN_IN_FAILED, "staff-account",
				who.equals(UNKNOWN_ACCOUNT) ? null : who, "Sign-in failed: " + why, null, null, null));
		if (!countsTowardsLockout) {
			return;
		}
		accounts.byUsername(attempted).ifPresent(account -> {
			boolean locked = account.recordFailedSignIn(clock.instant(), settings.maxFailures(), settings.lockout());
			accounts.update(account);
			if (locked) {
				audit.recordFor(attempted, new AuditRecord(AuditScope.administration(), AuditAction.ACCOUNT_LOCKED, "staff-account",
						account.id().toString(), "Locked after " + settings.maxFailures() + " failed sign-ins", null,
						null, null));
			}
		});
	}
}
