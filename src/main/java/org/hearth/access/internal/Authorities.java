package org.hearth.access.internal;

import java.util.ArrayList;
import java.util.List;

import org.hearth.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities of a signed-in member of staff: STAFF, once fully signed in, and one per capability
 * of their role. Half-way through sign-in a user holds only one of the pending authorities.
 */
public final class Authorities {

	public static final String STAFF = "STAFF";

	/** Password accepted, the code from the authenticator app still to come. */
	public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

	/** Password accepted, and a second factor must be set up before going on. */
	public static final String SECOND_FACTOR_ENROLMENT = "SECOND_FACTOR_ENROLMENT";

	private Authorities() {
	}

	public static List<GrantedAuthority> of(Role role) {
		var authorities = new ArrayList<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority(STAFF));
		role.capabilities().forEach(c -> authorities.add(new SimpleGrantedAuthority(c.authority())));
		return authorities;
	}

	public static List<GrantedAuthority> only(String authority) {
		return List.of(new SimpleGrantedAuthority(authority));
	}
}
