package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Every demo account the README lists signs in with the password the README prints. */
class DemoAccountsIT extends IntegrationTest {

	@Test
	void everyDemoAccountInTheReadmeSignsIn() throws Exception {
		String whole = Files.readString(Path.of("README.md"));
		int start = whole.indexOf("## Demo accounts");
		assertThat(start).as("the README has a Demo accounts section").isNotNegative();
		String readme = whole.substring(start, whole.indexOf("\n## ", start + 1));
		var password = Pattern.compile("the password \\*\\*`([^`]+)`\\*\\*").matcher(readme);
		assertThat(password.find()).as("the README prints the demo password").isTrue();
		var rows = Pattern.compile("(?m)^\\| `([a-z.]+)` \\|").matcher(readme);
		int accounts = 0;
		while (rows.find()) {
			String redirect = mvc.perform(formLogin("/login").user(rows.group(1)).password(password.group(1)))
				.andReturn().getResponse().getRedirectedUrl();
			assertThat(redirect).as(rows.group(1) + " signs in").isEqualTo("/");
			accounts++;
		}
		assertThat(accounts).as("demo accounts listed in the README").isGreaterThanOrEqualTo(Role.values().length);
	}
}
