package org.hearth.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Email leaves Hearth over SMTP, here to an in-process mail server. */
class EmailNoticesIT extends IntegrationTest {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcClient jdbc;

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private void sendAll() {
		while (sender.sendDue() > 0) {
			// until the outbox is empty
		}
	}

	private List<MimeMessage> to(String address) throws Exception {
		sendAll();
		var found = new java.util.ArrayList<MimeMessage>();
		for (MimeMessage m : mail.getReceivedMessages()) {
			if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
				found.add(m);
			}
		}
		return found;
	}

	private String[] householdOfAleWorker() {
		return jdbc.sql("""
				SELECT id, email FROM household WHERE agency_id = 'adopt-london-east' AND named_worker = 'ale.worker'
				AND email IS NOT NULL AND left_on IS NULL AND reference LIKE 'D%' ORDER BY reference DESC LIMIT 1""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	@Test
	void reassigningTheWorkerSendsTheHouseholdExactlyOneNoticeWithTheNewWorkersName() throws Exception {
		var household = householdOfAleWorker();
		sendAll();
		int before = to(household[1]).size();

		mvc.perform(post("/households/" + household[0] + "/steps/worker").with(as("ale.manager")).with(csrf())
			.param("worker", "ale.manager")).andExpect(status().is3xxRedirection());
		// saving the same worker again is not a reassignment
		mvc.perform(post("/households/" + household[0] + "/steps/worker").with(as("ale.manager")).with(csrf())
			.param("worker", "ale.manager")).andExpect(status().is3xxRedirection());

		var received = to(household[1]);
		assertThat(received).hasSize(before + 1);
		var notice = received.get(received.size() - 1);
		assertThat(notice.getSubject()).isEqualTo("Your social worker");
		assertThat(GreenMailUtil.getBody(notice)).contains("Your social worker at the agency is now Priya Halloway");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE about_id = ? AND subject = 'Your social worker' AND sent_at IS NOT NULL")
			.param(household[0]).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void everyDocumentReceivedIsAcknowledgedToTheHousehold() throws Exception {
		var household = householdOfAleWorker();
		int before = to(household[1]).size();
		LocalDate today = LocalDate.now();
		mvc.perform(post("/households/" + household[0] + "/steps/document").with(as("ale.worker")).with(csrf())
			.param("day", "" + today.getDayOfMonth()).param("month", "" + today.getMonthValue())
			.param("year", "" + today.getYear()).param("detail", "Financial statement"))
			.andExpect(status().is3xxRedirection());
		var received = to(household[1]);
		assertThat(received).hasSize(before + 1);
		assertThat(GreenMailUtil.getBody(received.get(received.size() - 1))).contains("Financial statement");
	}

	@Test
	void aPublicEnquiryIsAcknowledgedByEmail() throws Exception {
		mvc.perform(post("/enquire").with(csrf()).param("name", "Rowan Mailtest").param("email", "rowan.mailtest@example.org")
			.param("boroughCode", "E09000016").param("source", "WEBSITE")).andExpect(status().is3xxRedirection());
		var received = to("rowan.mailtest@example.org");
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("We have received your enquiry about adopting");
		mvc.perform(get("/notifications").with(as("ale.worker"))).andExpect(status().isOk());
	}
}
