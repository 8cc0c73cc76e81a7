package org.hearth;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The base of the integration tests: the whole application on the test database (H2 by default,
 * PostgreSQL with -Ppostgres), with the demo data, driven through MockMvc.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(DatabaseBanner.class)
public abstract class IntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserDetailsService users;

	/** Signs the request in as a demo account, fully (past any second factor). */
	protected RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}
}
