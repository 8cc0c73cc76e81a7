package org.hearth.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Finishes a sign-in that needed a second factor: the user becomes fully signed in, in a new session. */
@Component
public class SignInCompletion {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final StaffUserDetailsService users;

	private final SignInRecorder recorder;

	SignInCompletion(StaffUserDetailsService users, SignInRecorder recorder) {
		this.users = users;
		this.recorder = recorder;
	}

	public void complete(String username, HttpServletRequest request, HttpServletResponse response, String how) {
		var principal = users.loadUserByUsername(username);
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		recorder.succeeded(username, how);
	}
}
