package org.hearth.access.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff account as Spring Security sees it during sign-in and afterwards. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, CurrentUsers.HasCurrentUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean secondFactorEnrolled;

	private final int accessVersion;

	StaffPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked,
			boolean secondFactorEnrolled, int accessVersion) {
		this.accessVersion = accessVersion;
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.secondFactorEnrolled = secondFactorEnrolled;
	}

	@Override
	public CurrentUser user() {
		return user;
	}

	/** The account's access version when this principal was made: a later change of the account ends it. */
	public int accessVersion() {
		return accessVersion;
	}

	public boolean secondFactorEnrolled() {
		return secondFactorEnrolled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.copyOf(Authorities.of(user.role()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return user.username();
	}
}
