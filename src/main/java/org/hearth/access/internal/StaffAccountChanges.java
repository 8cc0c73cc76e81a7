package org.hearth.access.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.access.PasswordReset;
import org.hearth.access.Role;
import org.hearth.access.RecordNotFound;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes staff accounts; every change is audited with the account before and after. */
@Service
@Transactional
public class StaffAccountChanges {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final RoleGrants grants;

	private final AccessPolicy policy;

	private final ApplicationEventPublisher events;

	StaffAccountChanges(StaffAccounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock,
			RoleGrants grants, AccessPolicy policy, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.grants = grants;
		this.policy = policy;
		this.events = events;
	}

	/** What became of a change of an account. */
	public enum Outcome {
		SAVED,
		/** Saved, but the new role waits for a second person's approval: the account keeps its old role until then. */
		ROLE_AWAITS_APPROVAL
	}

	public record NewAccount(String username, String displayName, String email, Role role, String agencyId,
			String boroughCode, String password) {
	}

	public StaffAccount open(NewAccount request) {
		String username = StaffAccount.normalise(request.username());
		if (!username.matches("[a-z0-9][a-z0-9._@-]{2,99}")) {
			throw new AccountRuleBroken("username",
					"Enter a user name of 3 to 100 characters: letters, digits, dots, hyphens, underscores or @");
		}
		if (accounts.exists(username)) {
			throw new AccountRuleBroken("username", "There is already an account with this user name");
		}
		if (request.role() == null) {
			throw new AccountRuleBroken("role", "Select the person's role");
		}
		checkPassword(request.password());
		var account = StaffAccount.open(username, request.displayName(), request.email(), request.role(),
				request.agencyId(), request.boroughCode(), passwords.encode(request.password()), clock.instant());
		account.describe(request.displayName(), request.email());
		accounts.add(account);
		audit.record(AuditRecord.created(AuditScope.administration(), "staff-account", account.id().toString(), "Staff account opened",
				account.auditText()));
		return account;
	}

	/**
	 * Changes an account's name, email, role, agency and borough. No one changes their own role, agency or
	 * borough. A role with case access granted or raised waits for a second person's approval.
	 */
	public Outcome describe(UUID id, String displayName, String email, Role role, String agencyId, String boroughCode,
			CurrentUser by) {
		if (role == null) {
			throw new AccountRuleBroken("role", "Select the person's role");
		}
		var current = accounts.byId(id).orElseThrow(() -> new RecordNotFound("Staff account"));
		if (!current.differsFrom(role, agencyId, boroughCode)) {
			change(id, "Staff account changed", account -> account.describe(displayName, email));
			return Outcome.SAVED;
		}
		refuseOwn(id, by, "role", "You cannot change your own role, agency or borough: ask another administrator",
				"Refused: changing their own role, agency or borough to " + role);
		if (!policy.grantNeedsApproval(current.role(), role)) {
			change(id, "Staff account changed", account -> {
				account.describe(displayName, email);
				account.assign(role, agencyId, boroughCode);
			});
			return Outcome.SAVED;
		}
		// check the grant is one the account could hold, on a copy that is not saved
		var candidate = StaffAccount.open(current.username(), current.displayName(), current.email(), role, agencyId,
				boroughCode, null, clock.instant());
		change(id, "Staff account changed", account -> account.describe(displayName, email));
		grants.pendingFor(id).ifPresent(older -> grants.decide(older.id(), by.accountId(), "REPLACED", clock.instant()));
		var grantId = UUID.randomUUID();
		grants.add(grantId, id, role, candidate.agencyId(), candidate.boroughCode(), by.accountId(), clock.instant());
		audit.record(AuditRecord.created(AuditScope.administration(), "role-grant", grantId.toString(),
				"Role grant requested for " + current.username() + ": " + role + " (waits for a second person)",
				"{account=" + id + ", role=" + role + ", agency=" + candidate.agencyId() + ", borough="
						+ candidate.boroughCode() + "}"));
		return Outcome.ROLE_AWAITS_APPROVAL;
	}

	/** Approves a pending grant: the role applies now, and the account's sessions end. */
	public void approve(UUID grantId, CurrentUser by) {
		var grant = decidable(grantId, by);
		grants.decide(grantId, by.accountId(), "APPROVED", clock.instant());
		change(grant.accountId(), "Role grant approved (" + grant.role() + "), asked for by " + grant.requesterName(),
				account -> account.assign(grant.role(), grant.agencyId(), grant.boroughCode()));
	}

	/** Declines a pending grant: the account keeps the role it has. */
	public void decline(UUID grantId, CurrentUser by) {
		var grant = decidable(grantId, by);
		grants.decide(grantId, by.accountId(), "DECLINED", clock.instant());
		audit.record(AuditRecord.changed(AuditScope.administration(), "role-grant", grantId.toString(),
				"Role grant declined (" + grant.role() + ")", "pending", "declined"));
	}

	private RoleGrant decidable(UUID grantId, CurrentUser by) {
		var grant = grants.pendingById(grantId).orElseThrow(() -> new RecordNotFound("Role grant"));
		if (!policy.mayApproveGrant(by, grant.requestedBy(), grant.accountId(), grant.agencyId())) {
			audit.recordRefusal(AuditRecord.refused(AuditScope.administration(), "role-grant", grantId.toString(),
					"Refused: deciding a role grant they may not decide"));
			throw new AccessDeniedException("You may not decide this grant");
		}
		return grant;
	}

	public void disable(UUID id, CurrentUser by) {
		refuseOwn(id, by, "change", "You cannot disable your own account", "Refused: disabling their own account");
		change(id, "Staff account disabled", StaffAccount::disable);
	}

	private void refuseOwn(UUID id, CurrentUser by, String field, String message, String summary) {
		if (by != null && id.equals(by.accountId())) {
			audit.recordRefusal(AuditRecord.refused(AuditScope.administration(), "staff-account", id.toString(), summary));
			throw new AccountRuleBroken(field, message);
		}
	}

	public void enable(UUID id) {
		change(id, "Staff account enabled", StaffAccount::enable);
	}

	public void unlock(UUID id) {
		change(id, "Staff account unlocked", StaffAccount::unlock);
	}

	/** An administrator's reset: audited, ends the account's sessions, and tells the account's owner. */
	public void resetPassword(UUID id, String password) {
		checkPassword(password);
		var account = change(id, "Password reset by an administrator",
				a -> a.changePassword(passwords.encode(password)));
		events.publishEvent(new PasswordReset(id, account.displayName(), account.email(), clock.instant()));
	}

	public void enrolSecondFactor(UUID id, String secret) {
		change(id, "Second factor set up", account -> account.enrolSecondFactor(secret));
	}

	public void removeSecondFactor(UUID id) {
		change(id, "Second factor removed", StaffAccount::removeSecondFactor);
	}

	private StaffAccount change(UUID id, String summary, Consumer<StaffAccount> change) {
		var account = accounts.byId(id).orElseThrow(() -> new RecordNotFound("Staff account"));
		String before = account.auditText();
		change.accept(account);
		accounts.update(account);
		audit.record(AuditRecord.changed(AuditScope.administration(), "staff-account", id.toString(), summary, before, account.auditText()));
		return account;
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountRuleBroken("password",
					"Enter a password of at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}
}
