package org.hearth.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The API's problems name the field and what it should hold, never a Java class, and the log never has the value. */
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsIT extends IntegrationTest {

	private String child() throws Exception {
		String body = """
				{"borough":"E09000016","caseReference":"AP-%s","firstNames":"Ash","lastName":"Fernley","dateOfBirth":"2023-05-04"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8));
		String json = mvc.perform(post("/api/v1/children").contentType("application/json").content(body).with(csrf())
			.with(as("ale.worker"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	@Test
	void anUnknownEventTypeIsA400ThatNamesNoJavaClass() throws Exception {
		String id = child();
		mvc.perform(post("/api/v1/children/" + id + "/events").contentType("application/json")
			.content("{\"type\":\"NOT_AN_EVENT\",\"date\":\"2024-01-10\"}").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("org.hearth"))))
			.andExpect(content().string(not(containsString("No enum constant"))));
	}

	@Test
	void aDateThatCannotBeReadNamesItsFieldAndTheFormatAndTheValueIsNotLogged(CapturedOutput output) throws Exception {
		String id = child();
		mvc.perform(post("/api/v1/children/" + id + "/events").contentType("application/json")
			.content("{\"type\":\"ENTERED_CARE\",\"date\":\"31-02-2024-zq\"}").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("date"))
			.andExpect(jsonPath("$.detail", containsString("YYYY-MM-DD")))
			.andExpect(content().string(not(containsString("Failed to read request"))))
			.andExpect(content().string(not(containsString("java."))));
		org.assertj.core.api.Assertions.assertThat(output.getAll()).doesNotContain("31-02-2024-zq");
	}

	@Test
	void aNumberTooBigForItsFieldIsA400NamingTheField() throws Exception {
		mvc.perform(post("/api/v1/children").contentType("application/json").with(csrf()).with(as("ale.worker"))
			.content("{\"borough\":\"E09000016\",\"caseReference\":\"AP-big\",\"firstNames\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"2023-01-01\",\"siblingsToBePlacedWith\":99999999999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("siblingsToBePlacedWith"))
			.andExpect(content().string(not(containsString("java."))));
	}
}
