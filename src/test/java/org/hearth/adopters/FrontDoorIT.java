package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.hearth.IntegrationTest;
import org.hearth.adopters.Households.NewEnquiry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** The public enquiry form reveals nothing about households already known, and numbers each enquiry apart. */
class FrontDoorIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Households households;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private MvcResult enquire(String name, String email, String phone) throws Exception {
		return mvc.perform(post("/enquire").with(csrf()).param("name", name).param("email", email).param("phone", phone)
			.param("postcode", "E15 1AA").param("boroughCode", "E09000025").param("source", "RADIO"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/enquire/thank-you"))
			.andReturn();
	}

	/** The browser's session cookie after the post, which carries the confirmation to the next page. */
	private static Cookie session(MvcResult result) {
		var cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("a session cookie").isNotNull();
		return cookie;
	}

	private String referenceOf(String email) {
		return jdbc.sql("SELECT reference FROM household WHERE email = ?").param(email).query(String.class).single();
	}

	private String acknowledgementTo(String email) {
		return jdbc.sql("SELECT body FROM notification WHERE channel = 'EMAIL' AND recipient = ?").param(email)
			.query(String.class).single();
	}

	@Test
	void aStrangerGivingAKnownPhoneNumberGetsTheirOwnHouseholdAndLearnsNothingAboutTheOther() throws Exception {
		String id = unique();
		String phone = "01632 96" + String.valueOf(Math.abs(id.hashCode()) % 10000 + 10000).substring(1);
		String knownEmail = "rowan.known." + id + "@example.org";
		String strangerEmail = "sasha.stranger." + id + "@example.org";
		enquire("Rowan Known" + id, knownEmail, phone);
		String knownReference = referenceOf(knownEmail);

		MvcResult second = enquire("Sasha Stranger", strangerEmail, phone);
		String strangerReference = referenceOf(strangerEmail);
		assertThat(strangerReference).isNotEqualTo(knownReference);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM household WHERE phone = ? AND email IN (?, ?)").param(phone)
			.param(knownEmail).param(strangerEmail).query(Long.class).single()).isEqualTo(2);
		assertThat(second.getFlashMap().get("reference")).isEqualTo(strangerReference);

		String page = mvc.perform(get("/enquire/thank-you").cookie(session(second)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(strangerReference).contains("within 5 working days").doesNotContain(knownReference)
			.doesNotContain("Rowan Known" + id);
		String mail = acknowledgementTo(strangerEmail);
		assertThat(mail).contains(strangerReference).doesNotContain(knownReference).doesNotContain("Rowan Known");
	}

	@Test
	void theConfirmationAndTheAcknowledgementReadTheSameWhetherOrNotTheEnquiryLooksLikeADuplicate() throws Exception {
		String id = unique();
		String knownEmail = "jude.first." + id + "@example.org";
		enquire("Jude First", knownEmail, "");
		// the same email again: a possible duplicate, which only staff are told about
		String repeatEmail = knownEmail.toUpperCase();
		MvcResult repeat = enquire("Jude First", repeatEmail, "");
		String freshEmail = "jude.other." + id + "@example.org";
		MvcResult fresh = enquire("Jude First", freshEmail, "");

		String repeatReference = (String) repeat.getFlashMap().get("reference");
		String freshReference = (String) fresh.getFlashMap().get("reference");
		assertThat(repeatReference).isNotEqualTo(referenceOf(knownEmail));
		String repeatPage = mvc.perform(get("/enquire/thank-you").cookie(session(repeat)))
			.andReturn().getResponse().getContentAsString();
		String freshPage = mvc.perform(get("/enquire/thank-you").cookie(session(fresh)))
			.andReturn().getResponse().getContentAsString();
		assertThat(repeatPage.replace(repeatReference, "REF")).isEqualTo(freshPage.replace(freshReference, "REF"));

		String repeatMail = jdbc.sql("SELECT body FROM notification WHERE channel = 'EMAIL' AND recipient = ?")
			.param(repeatEmail).query(String.class).single();
		assertThat(repeatMail).doesNotContain(referenceOf(knownEmail));
		assertThat(repeatMail.replace(repeatReference, "REF")).isEqualTo(acknowledgementTo(freshEmail).replace(freshReference, "REF"));

		// staff see the possible duplicate on the new household
		String household = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM household WHERE reference = ?").param(repeatReference)
			.query(String.class).single();
		mvc.perform(get("/households/" + household).with(as("ale.support")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Possible duplicate")));
	}

	@Test
	void twentyEnquiriesArrivingTogetherGetTwentyHouseholdsAndTwentyReferences() throws Exception {
		String id = unique();
		var pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String email = "together." + i + "." + id + "@example.org";
				calls.add(() -> households.receive(new NewEnquiry("Together " + id, email, "", "", "E09000025", null,
						Enquiry.Source.RADIO, null), Enquiry.Via.WEB, null).reference());
			}
			var references = new HashSet<String>();
			for (Future<String> f : pool.invokeAll(calls)) {
				references.add(f.get());
			}
			assertThat(references).hasSize(20);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT reference) FROM household WHERE email LIKE ?")
			.param("together.%." + id + "@example.org").query(Long.class).single()).isEqualTo(20);
	}

	@Test
	void thePublicPagesWearTheAgencysOwnLookLinkTheirPrivacyNoticeAndLetBrowsersFillTheForm() throws Exception {
		String form = mvc.perform(get("/enquire")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Adopt London East").contains("href=\"/enquire/privacy\"")
			.contains("autocomplete=\"name\"").contains("autocomplete=\"email\"").contains("autocomplete=\"tel\"")
			.contains("autocomplete=\"postal-code\"")
			.doesNotContain("hearth-logotype").doesNotContain("govuk-phase-banner").doesNotContain("Sign out");
		mvc.perform(get("/enquire/privacy")).andExpect(status().isOk())
			.andExpect(content().string(containsString("How we use your information")))
			.andExpect(content().string(containsString("How long we keep it")))
			.andExpect(content().string(containsString("Adopt London East")))
			.andExpect(content().string(not(containsString("hearth-logotype"))));
	}

	@Test
	void staffDecideAboutAPossibleDuplicateAndEachDecisionIsAudited() throws Exception {
		String id = unique();
		String email = "kit.twice." + id + "@example.org";
		enquire("Kit Twice", email, "");
		String kept = referenceOf(email);
		String keptId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM household WHERE reference = ?").param(kept).query(String.class).single();
		String first = (String) enquire("Kit Twice", email.toUpperCase(), "").getFlashMap().get("reference");
		String second = (String) enquire("Kit Twice", "Kit" + email.substring(3), "").getFlashMap().get("reference");
		String firstId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM household WHERE reference = ?").param(first).query(String.class).single();
		String secondId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM household WHERE reference = ?").param(second).query(String.class).single();

		mvc.perform(get("/households/" + firstId).with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Possible duplicate")))
			.andExpect(content().string(containsString(kept)))
			.andExpect(content().string(containsString("Mark as duplicate")))
			.andExpect(content().string(containsString("Not a duplicate")));
		// another agency's staff cannot act on it
		mvc.perform(post("/households/" + firstId + "/duplicates/" + keptId + "/same").with(as("aln.worker")).with(csrf()))
			.andExpect(status().is4xxClientError());

		mvc.perform(post("/households/" + firstId + "/duplicates/" + keptId + "/same").with(as("ale.worker")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/households/" + firstId));
		assertThat(jdbc.sql("SELECT left_because FROM household WHERE id = CAST(? AS UUID)").param(firstId).query(String.class).single())
			.isEqualTo("DUPLICATE");
		assertThat(jdbc.sql("SELECT left_because FROM household WHERE id = CAST(? AS UUID)").param(keptId).query(String.class).optional())
			.isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND summary LIKE ?")
			.param(firstId).param("Marked as duplicate of household " + kept + "%").query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/households/" + firstId).with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Mark as duplicate"))));

		mvc.perform(post("/households/" + secondId + "/duplicates/" + keptId + "/different").with(as("ale.worker")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT left_because FROM household WHERE id = CAST(? AS UUID)").param(secondId).query(String.class).optional())
			.isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND summary LIKE ?")
			.param(secondId).param("Not a duplicate of household " + kept + "%").query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/households/" + secondId).with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Mark as duplicate"))));
	}
}
