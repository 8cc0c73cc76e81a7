package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.hearth.IntegrationTest;
import org.hearth.access.internal.ApiTokens;
import org.hearth.access.internal.RoleGrants;
import org.hearth.access.internal.StaffAccount;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccountChanges.NewAccount;
import org.hearth.access.internal.StaffAccounts;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditQuery;
import org.hearth.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A changed account changes its sessions at once; no one grants themselves case access; a role with
 * case access waits for a second person; a password reset tells the account's owner.
 */
class AccountChangesIT extends IntegrationTest {

	static final String PASSWORD = "a-long-test-password";

	static final String EAST = "adopt-london-east";

	static final String HAVERING = "E09000016";

	@Autowired
	StaffAccountChanges changes;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RoleGrants grants;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	private StaffAccount open(Role role, String agencyId, String email) {
		String username = "t." + UUID.randomUUID().toString().substring(0, 8);
		return changes.open(new NewAccount(username, "Test " + username, email, role, agencyId, null, PASSWORD));
	}

	private StaffAccount worker() {
		return open(Role.SOCIAL_WORKER, EAST, null);
	}

	private StaffAccount administrator() {
		return open(Role.SYSTEM_ADMINISTRATOR, null, null);
	}

	/** A Havering child with a surname of its own, added through the API; returns [id, surname]. */
	private String[] child() throws Exception {
		String surname = "Surname" + UUID.randomUUID().toString().substring(0, 6);
		String body = """
				{"borough":"%s","caseReference":"T-%s","firstNames":"Test","lastName":"%s","dateOfBirth":"2023-05-04",
				 "sex":"2","ethnicity":"BAFR","siblingsToBePlacedWith":0}""".formatted(HAVERING,
				UUID.randomUUID().toString().substring(0, 8), surname);
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
			.with(as("ale.worker"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new String[] { json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1"), surname };
	}

	/** Signs in through the real sign-in form; the SESSION cookie names the session kept in the database. */
	private Cookie signIn(StaffAccount account) throws Exception {
		var result = mvc.perform(formLogin("/login").user(account.username()).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		var cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private MockHttpServletRequestBuilder changeOf(StaffAccount account, Role role, String agencyId, String password) {
		return post("/admin/users/" + account.id()).param("username", account.username())
			.param("displayName", account.displayName())
			.param("email", account.email() == null ? "" : account.email())
			.param("role", role.name())
			.param("agencyId", agencyId == null ? "" : agencyId)
			.param("boroughCode", "")
			.param("password", password == null ? "" : password)
			.with(csrf());
	}

	/** Two sessions of the account (one for pages, one for the API) that read the child now. */
	private Cookie[] sessionsThatRead(StaffAccount account, String[] child) throws Exception {
		var page = signIn(account);
		var api = signIn(account);
		mvc.perform(get("/children/" + child[0]).cookie(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(child[1])));
		mvc.perform(get("/api/v1/children/" + child[0]).cookie(api))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(child[1])));
		return new Cookie[] { page, api };
	}

	private void assertEnded(Cookie[] sessions, String[] child) throws Exception {
		mvc.perform(get("/children/" + child[0]).cookie(sessions[0]))
			.andExpect(redirectedUrl("/login?changed"))
			.andExpect(content().string(not(containsString(child[1]))));
		mvc.perform(get("/api/v1/children/" + child[0]).cookie(sessions[1]))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(containsString("Your account was changed")))
			.andExpect(content().string(not(containsString(child[1]))));
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		var worker = worker();
		var child = child();
		var sessions = sessionsThatRead(worker, child);
		mvc.perform(post("/admin/users/" + worker.id() + "/status").param("change", "disable").with(csrf())
			.with(as(administrator().username()))).andExpect(status().is3xxRedirection());
		assertEnded(sessions, child);
	}

	@Test
	void changingTheRoleEndsTheSessions() throws Exception {
		var worker = worker();
		var child = child();
		var sessions = sessionsThatRead(worker, child);
		mvc.perform(changeOf(worker, Role.PANEL_MEMBER, EAST, null).with(as(administrator().username())))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.byId(worker.id()).orElseThrow().role()).isEqualTo(Role.PANEL_MEMBER);
		assertEnded(sessions, child);
	}

	@Test
	void movingTheAccountToAnotherAgencyEndsTheSessions() throws Exception {
		var worker = worker();
		var child = child();
		var sessions = sessionsThatRead(worker, child);
		mvc.perform(changeOf(worker, Role.SOCIAL_WORKER, "adopt-london-north", null).with(as(administrator().username())))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.byId(worker.id()).orElseThrow().agencyId()).isEqualTo("adopt-london-north");
		assertEnded(sessions, child);
	}

	@Test
	void resettingThePasswordEndsTheSessionsAndTellsTheOwnerByEmailWithoutThePassword() throws Exception {
		String email = "owner." + UUID.randomUUID().toString().substring(0, 8) + "@hearth.example";
		var worker = open(Role.SOCIAL_WORKER, EAST, email);
		var child = child();
		var sessions = sessionsThatRead(worker, child);
		String newPassword = "new-password-" + UUID.randomUUID().toString().substring(0, 8);
		var admin = administrator();
		mvc.perform(changeOf(worker, Role.SOCIAL_WORKER, EAST, newPassword).with(as(admin.username())))
			.andExpect(status().is3xxRedirection());
		assertEnded(sessions, child);
		var bodies = jdbc.sql("SELECT subject || ' ' || body FROM notification WHERE recipient = :to AND channel = 'EMAIL'")
			.param("to", email)
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("password was reset").contains("contact your agency").doesNotContain(newPassword);
		var resets = trail.search(new AuditQuery(admin.username(), AuditAction.CHANGED, "staff-account",
				worker.id().toString(), null, null), 10);
		assertThat(resets).extracting(e -> e.summary()).contains("Password reset by an administrator");
	}

	@Test
	void anApiTokenActsAsTheAccountIsNow() throws Exception {
		var account = open(Role.PANEL_MEMBER, EAST, null);
		var child = child();
		String token = tokens.create(account.asCurrentUser(), "script");
		mvc.perform(get("/api/v1/children/" + child[0]).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		// a case role asked for: the token stays without it until a second person approves
		mvc.perform(changeOf(account, Role.SOCIAL_WORKER, EAST, null).with(as(administrator().username())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/children/" + child[0]).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(child[1]))));
		var second = administrator().username();
		mvc.perform(post("/admin/grants/" + grants.pendingFor(account.id()).orElseThrow().id() + "/approve").with(csrf())
			.with(as(second))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/children/" + child[0]).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(child[1])));
		mvc.perform(post("/admin/users/" + account.id() + "/status").param("change", "disable").with(csrf()).with(as(second)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/children/" + child[0]).header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString(child[1]))));
	}

	@Test
	void anAdministratorCannotGiveThemselvesARoleNorDisableThemselves() throws Exception {
		var admin = administrator();
		mvc.perform(changeOf(admin, Role.HEAD_OF_SERVICE, EAST, null).with(as(admin.username())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("You cannot change your own role, agency or borough")));
		var stored = accounts.byId(admin.id()).orElseThrow();
		assertThat(stored.role()).isEqualTo(Role.SYSTEM_ADMINISTRATOR);
		assertThat(grants.pendingFor(admin.id())).isEmpty();
		mvc.perform(post("/admin/users/" + admin.id() + "/status").param("change", "disable").with(csrf())
			.with(as(admin.username())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("You cannot disable your own account")));
		assertThat(accounts.byId(admin.id()).orElseThrow().enabled()).isTrue();
		var refusals = trail.search(new AuditQuery(admin.username(), AuditAction.REFUSED, "staff-account",
				admin.id().toString(), null, null), 10);
		assertThat(refusals).hasSize(2);
	}

	@Test
	void aCaseRoleGrantedByAnAdministratorWaitsForASecondAdministrator() throws Exception {
		var account = open(Role.PANEL_MEMBER, EAST, null);
		var child = child();
		var requester = administrator();
		var session = signIn(account);
		mvc.perform(get("/children/" + child[0]).cookie(session)).andExpect(status().isForbidden());
		mvc.perform(changeOf(account, Role.HEAD_OF_SERVICE, EAST, null).with(as(requester.username())))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.byId(account.id()).orElseThrow().role()).isEqualTo(Role.PANEL_MEMBER);
		mvc.perform(get("/children/" + child[0]).cookie(session))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(child[1]))));
		var grant = grants.pendingFor(account.id()).orElseThrow();

		// the requester neither sees it to approve nor approves it
		mvc.perform(get("/admin/grants").with(as(requester.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(account.displayName()))));
		mvc.perform(post("/admin/grants/" + grant.id() + "/approve").with(csrf()).with(as(requester.username())))
			.andExpect(status().isForbidden());
		assertThat(accounts.byId(account.id()).orElseThrow().role()).isEqualTo(Role.PANEL_MEMBER);

		var second = administrator();
		mvc.perform(get("/admin/grants").with(as(second.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(account.displayName())));
		mvc.perform(post("/admin/grants/" + grant.id() + "/approve").with(csrf()).with(as(second.username())))
			.andExpect(redirectedUrl("/admin/grants"));
		assertThat(accounts.byId(account.id()).orElseThrow().role()).isEqualTo(Role.HEAD_OF_SERVICE);
		assertThat(grants.pendingFor(account.id())).isEmpty();
		// the session from before the grant ends; a new sign-in has the role
		mvc.perform(get("/children/" + child[0]).cookie(session)).andExpect(redirectedUrl("/login?changed"));
		mvc.perform(get("/children/" + child[0]).cookie(signIn(account)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(child[1])));
	}

	@Test
	void aHeadOfServiceOfTheAgencyMayApproveAndADeclinedGrantLeavesTheRole() throws Exception {
		var account = open(Role.PANEL_MEMBER, EAST, null);
		var requester = administrator();
		mvc.perform(changeOf(account, Role.SOCIAL_WORKER, EAST, null).with(as(requester.username())))
			.andExpect(status().is3xxRedirection());
		var grant = grants.pendingFor(account.id()).orElseThrow();
		// the account itself may not decide it, nor a role that does not approve
		mvc.perform(post("/admin/grants/" + grant.id() + "/decline").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/grants").with(as("ale.head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(account.displayName())));
		mvc.perform(post("/admin/grants/" + grant.id() + "/decline").with(csrf()).with(as("ale.head")))
			.andExpect(redirectedUrl("/admin/grants"));
		assertThat(accounts.byId(account.id()).orElseThrow().role()).isEqualTo(Role.PANEL_MEMBER);
		assertThat(grants.pendingFor(account.id())).isEmpty();
	}
}
