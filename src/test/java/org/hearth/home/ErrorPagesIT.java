package org.hearth.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.ServerTest;
import org.hearth.StaffClient;
import org.junit.jupiter.api.Test;

/** Error pages, as the server sends them: GOV.UK pages for people, problem bodies for the API, no stack traces. */
class ErrorPagesIT extends ServerTest {

	@Test
	void anUnknownPageIsAGovukNotFoundPage() throws Exception {
		var response = signIn("ale.worker").get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("govuk-heading-l").doesNotContain("Exception");
	}

	@Test
	void aForbiddenPageIsAGovukPage() throws Exception {
		var response = signIn("ale.worker").get("/admin/users");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You do not have access to this page").doesNotContain("Exception");
	}

	@Test
	void aBadRequestIsAGovukPageNotA500() throws Exception {
		var response = signIn("ale.manager").get("/audit?action=NOT_AN_ACTION");
		assertThat(response.statusCode()).isEqualTo(400);
		// the audit search answers an unknown filter value with its own GOV.UK error summary
		assertThat(response.body()).containsIgnoringCase("there is a problem")
			.contains("Select what happened from the list")
			.doesNotContain("at org.");
	}

	@Test
	void theApiAnswersAnUnknownUserWith401Json() throws Exception {
		var response = StaffClient.anonymous(url("")).get("/api/v1/me");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
	}
}
