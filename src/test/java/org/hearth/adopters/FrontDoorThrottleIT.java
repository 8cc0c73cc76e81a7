package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One client address may send only a few public enquiries an hour; the next is turned away and nothing saved. */
@TestPropertySource(properties = "hearth.enquiries.per-address-per-hour=2")
class FrontDoorThrottleIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletRequestBuilder enquiry(String address, String email) {
		return post("/enquire").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("name", "Avery Often").param("email", email).param("boroughCode", "E09000025").param("source", "RADIO");
	}

	@Test
	void theThirdEnquiryInAnHourFromOneAddressIsAskedToTryLaterAndNotSaved() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String address = "203.0.113." + (Math.abs(id.hashCode()) % 250 + 1);
		mvc.perform(enquiry(address, "often.1." + id + "@example.org")).andExpect(status().is3xxRedirection());
		mvc.perform(enquiry(address, "often.2." + id + "@example.org")).andExpect(status().is3xxRedirection());
		mvc.perform(enquiry(address, "often.3." + id + "@example.org"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Please try again later")))
			.andExpect(content().string(containsString("phone the agency")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM household WHERE email = ?").param("often.3." + id + "@example.org")
			.query(Long.class).single()).isZero();
		// another address is still welcome
		mvc.perform(enquiry("198.51.100.7", "often.4." + id + "@example.org")).andExpect(status().is3xxRedirection());
	}
}
