package org.hearth;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The base of tests that talk to a real running server over HTTP, as a browser would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(DatabaseBanner.class)
public abstract class ServerTest {

	@LocalServerPort
	protected int port;

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected StaffClient signIn(String username) throws Exception {
		return StaffClient.signIn(url(""), username, "hearth-demo-2026");
	}
}
