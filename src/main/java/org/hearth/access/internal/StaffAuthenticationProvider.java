package org.hearth.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the user name and password. A member of staff with an authenticator app is then only half
 * signed in until they give its code; where a second factor is required and they have none, they
 * must set one up first.
 */
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInSettings settings;

	StaffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder, SignInSettings settings) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.settings = settings;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var checked = passwords.authenticate(authentication);
		var principal = (StaffPrincipal) checked.getPrincipal();
		if (principal.secondFactorEnrolled()) {
			return UsernamePasswordAuthenticationToken.authenticated(principal, null,
					Authorities.only(Authorities.SECOND_FACTOR_PENDING));
		}
		if (settings.secondFactorRequired()) {
			return UsernamePasswordAuthenticationToken.authenticated(principal, null,
					Authorities.only(Authorities.SECOND_FACTOR_ENROLMENT));
		}
		return checked;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
