package org.hearth.access.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import org.hearth.access.Role;
import org.hearth.access.RecordNotFound;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
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

	StaffAccountChanges(StaffAccounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
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

	public void describe(UUID id, String displayName, String email, Role role, String agencyId, String boroughCode) {
		if (role == null) {
			throw new AccountRuleBroken("role", "Select the person's role");
		}
		change(id, "Staff account changed", account -> {
			account.describe(displayName, email);
			account.assign(role, agencyId, boroughCode);
		});
	}

	public void disable(UUID id) {
		change(id, "Staff account disabled", StaffAccount::disable);
	}

	public void enable(UUID id) {
		change(id, "Staff account enabled", StaffAccount::enable);
	}

	public void unlock(UUID id) {
		change(id, "Staff account unlocked", StaffAccount::unlock);
	}

	public void resetPassword(UUID id, String password) {
		checkPassword(password);
		change(id, "Password reset", account -> account.changePassword(passwords.encode(password)));
	}

	public void enrolSecondFactor(UUID id, String secret) {
		change(id, "Second factor set up", account -> account.enrolSecondFactor(secret));
	}

	public void removeSecondFactor(UUID id) {
		change(id, "Second factor removed", StaffAccount::removeSecondFactor);
	}

	private void change(UUID id, String summary, Consumer<StaffAccount> change) {
		var account = accounts.byId(id).orElseThrow(() -> new RecordNotFound("Staff account"));
		String before = account.auditText();
		change.accept(account);
		accounts.update(account);
		audit.record(AuditRecord.changed(AuditScope.administration(), "staff-account", id.toString(), summary, before, account.auditText()));
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountRuleBroken("password",
					"Enter a password of at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}
}
