package org.hearth.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.hearth.IntegrationTest;
import org.hearth.adopters.AdopterWorkload.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workload read model on the demo data equals a count written independently in SQL. */
class WorkloadIT extends IntegrationTest {

	@Autowired
	AdopterWorkload workload;

	@Autowired
	JdbcClient jdbc;

	static final String NOT_LEFT = " AND (left_on IS NULL OR left_on > :d)";

	static final String ENQUIRY = "enquiry_on <= :d AND (roi_accepted_on IS NULL OR roi_accepted_on > :d)"
			+ " AND (stage2_started_on IS NULL OR stage2_started_on > :d)" + NOT_LEFT;

	static final String STAGE_1 = "roi_accepted_on <= :d AND (stage2_started_on IS NULL OR stage2_started_on > :d)" + NOT_LEFT;

	static final String STAGE_2 = "stage2_started_on <= :d AND (approved_on IS NULL OR approved_on > :d)" + NOT_LEFT;

	static final String APPROVED = "approved_on <= :d AND (child_placed_on IS NULL OR child_placed_on > :d)" + NOT_LEFT;

	static final String PLACED = "child_placed_on <= :d AND (adoption_order_on IS NULL OR adoption_order_on > :d)" + NOT_LEFT;

	private int sql(String agency, String where, LocalDate d) {
		return jdbc.sql("SELECT COUNT(*) FROM household WHERE agency_id = :agency AND " + where)
			.param("agency", agency)
			.param("d", d)
			.query(Integer.class)
			.single();
	}

	@Test
	void theWorkloadCountsEqualAnIndependentSqlCount() {
		LocalDate today = LocalDate.now();
		for (String agency : List.of("adopt-london-east", "adopt-london-north", "adopt-london-west")) {
			for (LocalDate d : List.of(today, YearMonth.from(today).minusMonths(1).atEndOfMonth(),
					YearMonth.from(today).minusMonths(6).atEndOfMonth(), today.minusYears(2))) {
				var month = workload.countOn(agency, d);
				assertThat(month.count(Row.ENQUIRY)).as("%s enquiry on %s", agency, d).isEqualTo(sql(agency, ENQUIRY, d));
				assertThat(month.count(Row.STAGE_1)).as("%s stage 1 on %s", agency, d).isEqualTo(sql(agency, STAGE_1, d));
				assertThat(month.count(Row.STAGE_2)).as("%s stage 2 on %s", agency, d).isEqualTo(sql(agency, STAGE_2, d));
				assertThat(month.count(Row.APPROVED_WAITING)).as("%s approved on %s", agency, d).isEqualTo(sql(agency, APPROVED, d));
				assertThat(month.count(Row.PLACED_BEFORE_ORDER)).as("%s placed on %s", agency, d).isEqualTo(sql(agency, PLACED, d));
			}
		}
	}

	@Test
	void theDemoDataIsShapedLikeTheAnnualReport() {
		// the annual report's March figures: enquiry 21, stage 1 17, stage 2 9, approved 19, placed 18
		// (the demo's own households: other tests add theirs)
		LocalDate today = LocalDate.now();
		String demo = " AND reference LIKE 'D%'";
		String east = "adopt-london-east";
		assertThat(sql(east, ENQUIRY + demo, today)).isEqualTo(21);
		assertThat(sql(east, STAGE_1 + demo, today)).isEqualTo(17);
		assertThat(sql(east, STAGE_2 + demo, today)).isEqualTo(9);
		assertThat(sql(east, APPROVED + demo, today)).isEqualTo(19);
		assertThat(sql(east, PLACED + demo, today)).isEqualTo(18);
	}

	@Test
	void theWorkloadPageShowsFiguresToManagersAndNotToSocialWorkers() throws Exception {
		mvc.perform(get("/households/workload").with(as("ale.manager"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Approved and awaiting a match")))
			.andExpect(content().string(containsString("From enquiry to approval")));
		mvc.perform(get("/households/workload").with(as("ale.worker"))).andExpect(status().isForbidden());
		mvc.perform(get("/households/workload").with(as("hub.analyst"))).andExpect(status().isForbidden());
	}
}
