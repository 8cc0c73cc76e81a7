package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.servlet.http.Cookie;
import org.hearth.IntegrationTest;
import org.hearth.access.internal.StaffAccountChanges;
import org.hearth.access.internal.StaffAccountChanges.NewAccount;
import org.hearth.access.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/** Where a second factor is required (as in production), a member of staff without one sets it up first. */
@TestPropertySource(properties = "hearth.sign-in.second-factor-required=true")
class SecondFactorRequiredIT extends IntegrationTest {

	@Autowired
	StaffAccountChanges changes;

	@Autowired
	StaffAccounts accounts;

	@Test
	void aMemberOfStaffWithoutAnAuthenticatorAppMustSetOneUpBeforeAnythingElse() throws Exception {
		String username = "enrol." + UUID.randomUUID().toString().substring(0, 8);
		changes.open(new NewAccount(username, "Enrolling Person", null, Role.SOCIAL_WORKER, "adopt-london-east", null,
				"a-long-test-password"));
		var session = cookie(mvc.perform(formLogin("/login").user(username).password("a-long-test-password"))
			.andExpect(redirectedUrl("/login/set-up-second-factor"))
			.andReturn());
		mvc.perform(get("/children").cookie(session)).andExpect(status().isForbidden());

		String page = mvc.perform(get("/login/set-up-second-factor").cookie(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var key = Pattern.compile("id=\"secret\">([A-Z2-7]+)<").matcher(page);
		assertThat(key.find()).as("the page shows the key to type into the app").isTrue();
		String code = new DefaultCodeGenerator().generate(key.group(1), Instant.now().getEpochSecond() / 30);

		var signedIn = cookie(mvc.perform(post("/login/set-up-second-factor").param("code", code).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		mvc.perform(get("/children").cookie(signedIn)).andExpect(status().isOk());
		assertThat(accounts.byUsername(username).orElseThrow().totpEnabled()).isTrue();
	}

	private static Cookie cookie(MvcResult result) {
		var cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("a session cookie").isNotNull();
		return cookie;
	}
}
