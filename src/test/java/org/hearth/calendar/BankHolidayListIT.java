package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.adopters.Applicant;
import org.hearth.adopters.Applicant.Sex;
import org.hearth.adopters.Applicant.Sexuality;
import org.hearth.adopters.CheckKind;
import org.hearth.adopters.Enquiry;
import org.hearth.adopters.Household;
import org.hearth.adopters.Households;
import org.hearth.adopters.StatutoryCheck;
import org.hearth.calendar.BankHolidays.BankHoliday;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bank holiday list is data an administrator maintains: it runs to 2028 from the published list,
 * administrators are warned before it runs out, and a deadline it cannot reach says so instead of
 * failing the page.
 */
class BankHolidayListIT extends IntegrationTest {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	@Autowired
	BankHolidayList list;

	@Autowired
	Households households;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListRunsToTheEndOf2028AndIsOnTheAdministratorsPage() throws Exception {
		assertThat(list.calendar().knownUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
		mvc.perform(get("/admin/bank-holidays").with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("31 December 2028")))
			.andExpect(content().string(containsString("Monday 3 January 2028")))
			.andExpect(content().string(containsString("New Year&#39;s Day (substitute day)")));
		mvc.perform(get("/admin/bank-holidays").with(as("ale.manager"))).andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Monday 3 January 2028"))))
			.andExpect(content().string(not(containsString("Add bank holiday"))));
		mvc.perform(post("/admin/bank-holidays/remove").with(as("ale.head")).with(csrf()).param("date", "2028-12-26"))
			.andExpect(status().isForbidden());
		assertThat(list.current().dates()).contains(LocalDate.of(2028, 12, 26));
	}

	@Test
	void aWrongBankHolidayIsRefusedWithTheErrorSummaryAndNothingIsSaved() throws Exception {
		int before = list.current().all().size();
		mvc.perform(post("/admin/bank-holidays").with(as("admin")).with(csrf())
				.param("day", "6").param("month", "5").param("year", "2028").param("title", "Early May bank holiday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("6 May 2028 is a Saturday: enter the weekday the bank holiday is taken on")));
		mvc.perform(post("/admin/bank-holidays").with(as("admin")).with(csrf())
				.param("day", "25").param("month", "12").param("year", "2028").param("title", "Christmas Day"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("25 December 2028 is already a bank holiday")));
		mvc.perform(post("/admin/bank-holidays").with(as("admin")).with(csrf())
				.param("day", "1").param("month", "1").param("year", "2030").param("title", "New Year's Day"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The bank holidays skip 2029")));
		mvc.perform(post("/admin/bank-holidays").with(as("admin")).with(csrf())
				.param("day", "31").param("month", "2").param("year", "2029").param("title", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date of the bank holiday must be a real date")))
			.andExpect(content().string(containsString("Enter the bank holiday&#39;s name")));
		mvc.perform(post("/admin/bank-holidays").with(as("admin")).with(csrf())
				.param("day", "1").param("month", "1").param("year", "2029").param("title", "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("100 characters or fewer")));
		mvc.perform(post("/admin/bank-holidays/remove").with(as("admin")).with(csrf()).param("date", "26 December"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select a bank holiday from the list to remove")));
		mvc.perform(post("/admin/bank-holidays/remove").with(as("admin")).with(csrf()).param("date", "2028-12-27"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("27 December 2028 is not in the bank holiday list")));
		assertThat(list.current().all()).hasSize(before);
	}

	@Test
	void whenTheListRunsOutDeadlinesSayTheCalendarIsNotKnownAndAdministratorsAreWarned() throws Exception {
		LocalDate today = LocalDate.now(ENGLAND);
		UUID household = householdWithItsReportSharedOn(today);
		List<BankHoliday> removed = new ArrayList<>(list.current().all().stream()
			.filter(h -> h.date().getYear() >= today.getYear())
			.sorted(Comparator.comparing(BankHoliday::date).reversed())
			.toList());
		long auditRows = auditRowsAboutBankHolidays();
		try {
			for (BankHoliday holiday : removed) {
				mvc.perform(post("/admin/bank-holidays/remove").with(as("admin")).with(csrf()).param("date", holiday.date().toString()))
					.andExpect(status().is3xxRedirection());
			}
			int lastYear = today.getYear() - 1;
			assertThat(list.calendar().lastKnownYear()).isEqualTo(lastYear);

			mvc.perform(get("/households/" + household).with(as("ale.worker"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Applicants&#39; comments on the PAR")))
				.andExpect(content().string(containsString("The calendar for this date is not known yet")))
				.andExpect(content().string(containsString("Not known yet")));
			mvc.perform(get("/households").with(as("ale.worker"))).andExpect(status().isOk());
			mvc.perform(get("/api/v1/households/" + household).with(as("ale.worker"))).andExpect(status().isOk());

			mvc.perform(get("/").with(as("admin"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("The bank holiday list ended on 31 December " + lastYear)))
				.andExpect(content().string(containsString("Add the bank holidays for " + (lastYear + 1))));
			mvc.perform(get("/").with(as("ale.worker"))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("The bank holiday list"))));
			assertThat(auditRowsAboutBankHolidays()).isEqualTo(auditRows + removed.size());
		}
		finally {
			List<BankHoliday> inDateOrder = new ArrayList<>(removed);
			java.util.Collections.reverse(inDateOrder);
			for (BankHoliday holiday : inDateOrder) {
				LocalDate date = holiday.date();
				mvc.perform(post("/admin/bank-holidays").with(as("admin")).with(csrf())
						.param("day", String.valueOf(date.getDayOfMonth())).param("month", String.valueOf(date.getMonthValue()))
						.param("year", String.valueOf(date.getYear())).param("title", holiday.title()))
					.andExpect(status().is3xxRedirection());
			}
		}
		assertThat(list.calendar().knownUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
		mvc.perform(get("/households/" + household).with(as("ale.worker"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("The calendar for this date is not known yet"))));
	}

	@Test
	void administratorsAreWarnedSixMonthsBeforeTheListEnds() {
		assertThat(list.warningOn(LocalDate.of(2028, 6, 30))).isNull();
		assertThat(list.warningOn(LocalDate.of(2028, 7, 1)))
			.isEqualTo("The bank holiday list ends on 31 December 2028. Add the bank holidays for 2029 from GOV.UK: "
					+ "deadlines in working days after that date cannot be worked out.");
	}

	private long auditRowsAboutBankHolidays() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'bank-holiday'").query(Long.class).single();
	}

	/** An applicant of the test's own, enquiring today and taken through to the report shared with them today. */
	private UUID householdWithItsReportSharedOn(LocalDate today) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Enquiry enquiry = households.receiveEnquiry(new Households.NewEnquiry("Rowan Calendar " + unique,
				"rowan." + unique + "@example.org", null, "RM1 1AA", "E09000016", "adopt-london-east",
				Enquiry.Source.WEBSITE, null), Enquiry.Via.PHONE, "ale.support");
		households.change(user("ale.worker"), enquiry.householdId(), "Assessment recorded for the calendar test", h -> {
			h.addApplicant(applicant("Rowan Calendar " + unique, Sex.FEMALE));
			h.acceptRegistrationOfInterest(today);
			for (var person : h.adultsOn(today)) {
				for (CheckKind kind : new CheckKind[] { CheckKind.ENHANCED_DBS, CheckKind.LOCAL_AUTHORITY, CheckKind.GP_MEDICAL,
						CheckKind.MEDICAL_ADVISER_REVIEW, CheckKind.EMPLOYER_REFERENCE }) {
					var check = h.requestCheck(person.id(), kind, null, false, today);
					h.recordCheckReturned(check.id(), today, StatutoryCheck.Outcome.SATISFACTORY,
							today.plusYears(3));
				}
			}
			for (int i = 0; i < 3; i++) {
				var reference = h.requestCheck(null, CheckKind.PERSONAL_REFERENCE, "Referee " + i, i == 0, today);
				h.recordCheckReturned(reference.id(), today, StatutoryCheck.Outcome.SATISFACTORY, null);
			}
			h.recordPreparationTraining(today);
			h.recordStage1Decision(today, Household.Stage1Outcome.SUITABLE, null);
			h.recordNoticeToProceed(today);
			h.recordParDrafted(today);
			h.sharePar(today);
		});
		return enquiry.householdId();
	}

	private static Applicant applicant(String name, Sex sex) {
		return new Applicant(UUID.randomUUID(), name, LocalDate.of(1988, 4, 12), sex, "WBRI", null, "English",
				Sexuality.HETEROSEXUAL, null, null);
	}

	private CurrentUser user(String username) {
		return ((CurrentUsers.HasCurrentUser) users.loadUserByUsername(username)).user();
	}
}
