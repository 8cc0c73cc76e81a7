package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.hearth.IntegrationTest;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccountChanges.NewAccount;
import org.hearth.access.internal.StaffAccounts;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;

class SignInIT extends IntegrationTest {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	StaffAccountChanges changes;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditTrail trail;

	private String newAccount() {
		String username = "test." + UUID.randomUUID().toString().substring(0, 8);
		changes.open(new NewAccount(username, "Test Person", null, Role.SOCIAL_WORKER, "adopt-london-east", null,
				PASSWORD));
		return username;
	}

	/** Sessions live in the database; the SESSION cookie names one. */
	private static Cookie sessionOf(MvcResult result) {
		var cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("no session cookie was set");
		}
		return cookie;
	}

	@Test
	void aCorrectPasswordSignsInAndIsAudited() throws Exception {
		String username = newAccount();
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
		var signIns = trail.search(new AuditQuery(username, AuditAction.SIGN_IN_SUCCEEDED, null, null, null, null), 10);
		assertThat(signIns).hasSize(1);
	}

	@Test
	void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(accounts.byUsername(username).orElseThrow().isLockedAt(Instant.now())).isTrue();
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		var locks = trail.search(new AuditQuery(username, AuditAction.ACCOUNT_LOCKED, null, null, null, null), 10);
		assertThat(locks).hasSize(1);
		var failures = trail.search(new AuditQuery(username, AuditAction.SIGN_IN_FAILED, null, null, null, null), 10);
		assertThat(failures).hasSize(6);
	}

	@Test
	void fourWrongPasswordsDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong"));
		}
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong"));
		}
		assertThat(accounts.byUsername(username).orElseThrow().isLockedAt(Instant.now())).isFalse();
	}

	@Test
	void anUnknownAccountALockedOneAndAWrongPasswordGetTheSameAnswer() throws Exception {
		String locked = newAccount();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(locked).password("wrong"));
		}
		String wrongPassword = newAccount();
		var unknown = mvc.perform(formLogin("/login").user("no.such.person").password(PASSWORD)).andReturn();
		var lockedAnswer = mvc.perform(formLogin("/login").user(locked).password(PASSWORD)).andReturn();
		var wrongAnswer = mvc.perform(formLogin("/login").user(wrongPassword).password("wrong")).andReturn();
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
			.isEqualTo(lockedAnswer.getResponse().getRedirectedUrl())
			.isEqualTo(wrongAnswer.getResponse().getRedirectedUrl());
		String page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The user name or password is not right, or the account cannot be used just now")
			.doesNotContain("locked out")
			.doesNotContain("not found");
	}

	@Test
	void anAdministratorCanUnlockAnAccount() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong"));
		}
		var id = accounts.byUsername(username).orElseThrow().id();
		mvc.perform(post("/admin/users/" + id + "/status").param("change", "unlock").with(csrf()).with(as("admin")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = newAccount();
		changes.disable(accounts.byUsername(username).orElseThrow().id(), null);
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void withAnAuthenticatorAppThePasswordAloneIsNotEnough() throws Exception {
		String username = newAccount();
		String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
		changes.enrolSecondFactor(accounts.byUsername(username).orElseThrow().id(), secret);
		var session = sessionOf(mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn());
		mvc.perform(get("/").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/login/code").param("code", "000000").cookie(session).with(csrf()))
			.andExpect(status().isBadRequest());
		String code = new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
		var signedIn = sessionOf(mvc.perform(post("/login/code").param("code", code).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		mvc.perform(get("/").cookie(signedIn)).andExpect(status().isOk());
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		String username = newAccount();
		var session = sessionOf(mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn());
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signed-out"));
		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
	}
}
