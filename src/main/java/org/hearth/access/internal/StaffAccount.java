package org.hearth.access.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.hearth.access.Affiliation;
import org.hearth.access.CurrentUser;
import org.hearth.access.Role;

/** A member of staff's account: who they are, their role and where, and the state of their sign-in. */
public class StaffAccount {

	private final UUID id;

	private final String username;

	private String displayName;

	private String email;

	private Role role;

	private String agencyId;

	private String boroughCode;

	private String passwordHash;

	private boolean enabled;

	private int failedSignIns;

	private Instant lockedUntil;

	private String totpSecret;

	private boolean totpEnabled;

	private final Instant createdAt;

	private int accessVersion;

	StaffAccount(UUID id, String username, String displayName, String email, Role role, String agencyId,
			String boroughCode, String passwordHash, boolean enabled, int failedSignIns, Instant lockedUntil,
			String totpSecret, boolean totpEnabled, Instant createdAt, int accessVersion) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.agencyId = agencyId;
		this.boroughCode = boroughCode;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.failedSignIns = failedSignIns;
		this.lockedUntil = lockedUntil;
		this.totpSecret = totpSecret;
		this.totpEnabled = totpEnabled;
		this.createdAt = createdAt;
		this.accessVersion = accessVersion;
	}

	public static StaffAccount open(String username, String displayName, String email, Role role, String agencyId,
			String boroughCode, String passwordHash, Instant now) {
		var account = new StaffAccount(UUID.randomUUID(), normalise(username), displayName, email, role, null, null,
				passwordHash, true, 0, null, null, false, now, 0);
		account.assign(role, agencyId, boroughCode);
		return account;
	}

	public static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	/** Gives the account a role, with the agency or borough that the role belongs to. */
	public void assign(Role role, String agencyId, String boroughCode) {
		var affiliation = role.affiliation();
		if (affiliation == Affiliation.AGENCY && blank(agencyId)) {
			throw new AccountRuleBroken("agencyId", "Select the agency for a " + role.label().toLowerCase());
		}
		if (affiliation == Affiliation.BOROUGH && blank(boroughCode)) {
			throw new AccountRuleBroken("boroughCode", "Select the borough for a " + role.label().toLowerCase());
		}
		String newAgency = affiliation == Affiliation.AGENCY ? agencyId : null;
		String newBorough = affiliation == Affiliation.BOROUGH ? boroughCode : null;
		if (role != this.role || !java.util.Objects.equals(newAgency, this.agencyId)
				|| !java.util.Objects.equals(newBorough, this.boroughCode)) {
			accessVersion++;
		}
		this.role = role;
		this.agencyId = newAgency;
		this.boroughCode = newBorough;
	}

	/** Whether the role, agency or borough would differ from the account's own. */
	public boolean differsFrom(Role role, String agencyId, String boroughCode) {
		if (role == null) {
			return false;
		}
		var affiliation = role.affiliation();
		String newAgency = affiliation == Affiliation.AGENCY ? agencyId : null;
		String newBorough = affiliation == Affiliation.BOROUGH ? boroughCode : null;
		return role != this.role || !java.util.Objects.equals(blank(newAgency) ? null : newAgency, this.agencyId)
				|| !java.util.Objects.equals(blank(newBorough) ? null : newBorough, this.boroughCode);
	}

	public void describe(String displayName, String email) {
		if (blank(displayName)) {
			throw new AccountRuleBroken("displayName", "Enter the person's full name");
		}
		this.displayName = displayName.trim();
		this.email = blank(email) ? null : email.trim();
	}

	/** Counts a failed sign-in; returns true if this failure locked the account. */
	public boolean recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
		failedSignIns++;
		if (failedSignIns >= maxFailures) {
			failedSignIns = 0;
			lockedUntil = now.plus(lockout);
			return true;
		}
		return false;
	}

	public void recordSuccessfulSignIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public void unlock() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	public void disable() {
		if (enabled) {
			accessVersion++;
		}
		enabled = false;
	}

	public void enable() {
		if (!enabled) {
			accessVersion++;
		}
		enabled = true;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		accessVersion++;
	}

	public void enrolSecondFactor(String secret) {
		this.totpSecret = secret;
		this.totpEnabled = true;
	}

	public void removeSecondFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
	}

	public CurrentUser asCurrentUser() {
		return new CurrentUser(id, username, displayName, role, agencyId, boroughCode);
	}

	/** The account as text for the audit trail: never the password hash or the second factor's secret. */
	public String auditText() {
		return "{username=" + username + ", name=" + displayName + ", email=" + email + ", role=" + role + ", agency="
				+ agencyId + ", borough=" + boroughCode + ", enabled=" + enabled + ", secondFactor=" + totpEnabled
				+ ", locked=" + (lockedUntil != null) + "}";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public UUID id() { return id; }
	public String username() { return username; }
	public String displayName() { return displayName; }
	public String email() { return email; }
	public Role role() { return role; }
	public String agencyId() { return agencyId; }
	public String boroughCode() { return boroughCode; }
	public String passwordHash() { return passwordHash; }
	public boolean enabled() { return enabled; }
	public int failedSignIns() { return failedSignIns; }
	public Instant lockedUntil() { return lockedUntil; }
	public String totpSecret() { return totpSecret; }
	public boolean totpEnabled() { return totpEnabled; }
	public Instant createdAt() { return createdAt; }
	/** Raised by every change of enabled, role, agency, borough or password; sessions carry the one they began with. */
	public int accessVersion() { return accessVersion; }
}
