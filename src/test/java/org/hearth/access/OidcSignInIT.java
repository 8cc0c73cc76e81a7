package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With a borough's identity provider configured, the sign-in page offers it and sends people there. */
@TestPropertySource(properties = {
		"spring.security.oauth2.client.registration.borough.client-id=hearth",
		"spring.security.oauth2.client.registration.borough.client-secret=not-a-real-secret",
		"spring.security.oauth2.client.registration.borough.scope=openid,profile,email",
		"spring.security.oauth2.client.registration.borough.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.borough.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.borough.authorization-uri=https://idp.borough.example/authorize",
		"spring.security.oauth2.client.provider.borough.token-uri=https://idp.borough.example/token",
		"spring.security.oauth2.client.provider.borough.jwk-set-uri=https://idp.borough.example/jwks",
		"spring.security.oauth2.client.provider.borough.user-info-uri=https://idp.borough.example/userinfo",
		"spring.security.oauth2.client.provider.borough.user-name-attribute=sub" })
class OidcSignInIT extends IntegrationTest {

	@Test
	void theSignInPageOffersTheBoroughsIdentityProvider() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in with your borough account")));
	}

	@Test
	void signingInWithItGoesToTheIdentityProvider() throws Exception {
		var response = mvc.perform(get("/oauth2/authorization/borough")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).startsWith("https://idp.borough.example/authorize")
			.contains("client_id=hearth");
	}
}
