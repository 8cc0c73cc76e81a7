package org.hearth.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param maxFailures failed attempts in a row that lock an account
 * @param lockoutMinutes how long a locked account stays locked
 * @param secondFactorRequired whether every member of staff must use an authenticator app
 * @param totpIssuer the name the authenticator app shows
 */
@ConfigurationProperties("hearth.sign-in")
public record SignInSettings(int maxFailures, int lockoutMinutes, boolean secondFactorRequired, String totpIssuer) {

	public Duration lockout() {
		return Duration.ofMinutes(lockoutMinutes);
	}
}
