package org.hearth.access.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts accounts;

	private final Clock clock;

	StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public StaffPrincipal loadUserByUsername(String username) {
		var account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return new StaffPrincipal(account.asCurrentUser(), account.passwordHash(), account.enabled(),
				account.isLockedAt(clock.instant()), account.totpEnabled(), account.accessVersion());
	}
}
