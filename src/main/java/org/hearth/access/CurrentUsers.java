package org.hearth.access;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The member of staff signed in on this request, for code that is not a controller. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	/** The fully signed-in user, if there is one (not one half-way through the second factor). */
	public static Optional<CurrentUser> signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserDetails)
				|| authentication.getAuthorities().stream().noneMatch(a -> "STAFF".equals(a.getAuthority()))) {
			return Optional.empty();
		}
		return Optional.ofNullable(authentication.getPrincipal() instanceof HasCurrentUser p ? p.user() : null);
	}

	/** Implemented by the principal that Spring Security keeps for a member of staff. */
	public interface HasCurrentUser {

		CurrentUser user();
	}
}
