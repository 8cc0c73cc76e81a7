package org.hearth.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** Importing a borough's tracker through its pages: upload, the dry run, every problem, and import all or nothing. */
class ChildImportIT extends IntegrationTest {

	static final String HEADER = "borough,case_reference,first_names,last_name,date_of_birth,unborn,sex,ethnicity,"
			+ "disabilities,borough_social_worker,entered_care,should_be_placed_decision,placement_order,"
			+ "family_finding_started,no_longer_the_plan,no_longer_the_plan_reason\r\n";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.hearth.children.ChildImports childImports;

	@Autowired
	ImportFileRetention retention;

	/** A unique prefix, so the tests can run again on the same database. */
	final String ref = "U" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Test
	void aValidFileImportedTwiceLeavesTheDataUnchanged() throws Exception {
		String file = HEADER
				+ "E09000016," + ref + "1,Example,Child,2022-01-10,no,1,WBRI,NONE,A. Worker,2022-03-01,2022-09-01,"
				+ "2022-12-01,2023-01-05,,\r\n"
				+ "Newham," + ref + "2,\"Sample, Jo\",Child,10/02/2022,,2,MWBC,MOB;LD,\"B. \"\"Bee\"\" Worker\","
				+ "01/04/2022,,,,2023-02-01,RD1\r\n"
				+ "Havering," + ref + "3,Unborn,Child,2027-01-01,yes,0,NOBT,,,,,,,,\r\n";

		var first = upload("ale.worker", "tracker.csv", file);
		assertThat(waitFor(first)).isEqualTo("READY");
		page(first, "ale.worker").andExpect(content().string(containsString("add 3 new children")));
		applyAndWait(first);
		page(first, "ale.worker").andExpect(content().string(containsString("3 new, 0 changed, 0 unchanged")));
		var before = snapshot();
		assertThat(before.get("child")).hasSize(3);
		assertThat(before.get("journey_entry")).hasSize(6);

		var second = upload("ale.worker", "tracker.csv", file);
		assertThat(waitFor(second)).isEqualTo("READY");
		page(second, "ale.worker").andExpect(content().string(containsString("leave 3 children as they are")));
		applyAndWait(second);

		page(second, "ale.worker").andExpect(content().string(containsString("0 new, 0 changed, 3 unchanged")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFileWithErrorsInThreeRowsImportsNothingAndReportsAllThree() throws Exception {
		String file = HEADER
				+ "E09000016," + ref + "1,Example,Child,2022-01-10,,,,,,2022-03-01,,,,,\r\n"
				+ "E09000016," + ref + "2,Example,Child,2022-01-10,,,XXXX,,,,,,,,\r\n"
				+ "E09000016," + ref + "3,Example,Child,2022-01-10,,,,,,,2022-09-01,2022-08-01,,,\r\n"
				+ "Narnia," + ref + "4,Example,Child,2022-01-10,,,,,,,,,,,\r\n"
				+ "E09000016," + ref + "5,Example,Child,2022-01-10,,,,,,,,,,,\r\n";

		var id = upload("ale.worker", "tracker.csv", file);

		assertThat(waitFor(id)).isEqualTo("INVALID");
		var page = page(id, "ale.worker").andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("3 problems")))
			.andExpect(content().string(containsString(" in 3 rows")))
			.andExpect(content().string(not(containsString("Import</button>"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problems(page)).containsExactly(List.of("3", "ethnicity"), List.of("4", "placement_order"),
				List.of("5", "borough"));
		mvc.perform(post("/children/import/" + id + "/apply").with(csrf()).with(as("ale.worker")))
			.andExpect(status().is3xxRedirection());
		assertThat(waitFor(id)).isEqualTo("INVALID");
		assertThat(snapshot().get("child")).isEmpty();
	}

	@Test
	void aHaveringWorkerImportingANewhamRowGetsAnErrorForThatRow() throws Exception {
		String file = HEADER + "Havering," + ref + "1,Example,Child,2022-01-10,,,,,,,,,,,\r\n"
				+ "Newham," + ref + "2,Example,Child,2022-01-10,,,,,,,,,,,\r\n";

		var id = upload("havering.worker", "tracker.csv", file);

		assertThat(waitFor(id)).isEqualTo("INVALID");
		var page = page(id, "havering.worker").andExpect(content().string(containsString("Newham is not one of your boroughs")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problems(page)).containsExactly(List.of("3", "borough"));
	}

	@Test
	void aMissingOrUnknownColumnIsAProblemOfTheHeaderNamingTheColumn() throws Exception {
		var id = upload("ale.worker", "tracker.csv", "borough,case_reference,first_names,surname,date_of_birth\r\n");
		assertThat(waitFor(id)).isEqualTo("INVALID");
		var page = page(id, "ale.worker").andReturn().getResponse().getContentAsString();
		assertThat(problems(page)).containsExactlyInAnyOrder(List.of("1", "surname"), List.of("1", "last_name"));
	}

	@Test
	void anImportIsSeenOnlyByWhoeverUploadedIt() throws Exception {
		var id = upload("ale.worker", "tracker.csv", HEADER);
		waitFor(id);
		page(id, "ale.worker");
		mvc.perform(get("/children/import/" + id).with(as("ale.manager"))).andExpect(status().isNotFound());
		mvc.perform(post("/children/import/" + id + "/apply").with(csrf()).with(as("ale.manager")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/children/import/" + id).with(as("ale.finance"))).andExpect(status().isForbidden());
	}

	@Test
	void theUploadIsAudited() throws Exception {
		var id = upload("ale.worker", "audited.csv", HEADER);
		assertThat(jdbc.sql("SELECT actor, summary FROM audit_event WHERE subject_type = 'child-import' AND subject_id = :id")
			.param("id", id.toString())
			.query((rs, n) -> rs.getString(1) + ": " + rs.getString(2))
			.list()).anySatisfy(row -> assertThat(row).startsWith("ale.worker: ").contains("audited.csv"));
	}

	@Test
	void aRunningImportRefreshesItselfEveryTwoSeconds() throws Exception {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO child_import (id, created_by, created_at, updated_at, file_name, content, status, total, processed)
				VALUES (:id, 'ale.worker', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'big.csv', '', 'CHECKING', 4000, 1500)""")
			.param("id", id)
			.update();
		page(id, "ale.worker").andExpect(content().string(containsString("<meta http-equiv=\"refresh\" content=\"2\">")))
			.andExpect(content().string(containsString("Checked 1500 of 4000 rows")))
			.andExpect(header().string("Refresh", "2"));
	}

	@Test
	void aFileThatIsNotCsvGetsAGovukMessage() throws Exception {
		mvc.perform(multipart("/children/import")
			.file(new MockMultipartFile("file", "tracker.xlsx", "application/octet-stream", new byte[] { 'P', 'K', 3, 4 }))
			.with(csrf())
			.with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("must be a CSV file")));
		mvc.perform(multipart("/children/import")
			.file(new MockMultipartFile("file", "tracker.csv", "text/csv", new byte[] { 'P', 'K', 3, 4, 0, 0 }))
			.with(csrf())
			.with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not a CSV file")));
		mvc.perform(multipart("/children/import").with(csrf()).with(as("ale.worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Select a CSV file")));
	}

	@Test
	void aFileOverTheLimitGetsAGovukMessage() throws Exception {
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		mvc.perform(multipart("/children/import").file(new MockMultipartFile("file", "tracker.csv", "text/csv", big))
			.with(csrf())
			.with(as("ale.worker")))
			.andExpect(status().is(413))
			.andExpect(content().string(containsString("must be smaller than 20MB")));
	}

	@Test
	void theDocumentedExampleHasNoProblems() throws Exception {
		String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/tracker-import.md"));
		int start = doc.indexOf("```csv\n") + "```csv\n".length();
		var file = TrackerFile.read(doc.substring(start, doc.indexOf("```", start)));
		var worker = ((org.hearth.access.CurrentUsers.HasCurrentUser) users.loadUserByUsername("ale.worker")).user();

		assertThat(file.errors()).isEmpty();
		assertThat(file.rows()).hasSize(3);
		assertThat(childImports.check(worker, file.rows()).errors()).isEmpty();
	}

	@Test
	void theTemplateHasEveryColumn() throws Exception {
		mvc.perform(get("/children/import/template.csv").with(as("ale.worker")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(TrackerFile.templateHeader() + "\r\n"));
	}

	@Test
	void theUploadPageDocumentsTheColumns() throws Exception {
		mvc.perform(get("/children/import").with(as("havering.worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("siblings_placed_together_with")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
	}

	@Test
	void anImportedFileIsDeletedAtOnceAndTheJobSaysSo() throws Exception {
		String file = HEADER + "E09000016," + ref + "1,Kept,Nowhere,2022-01-10,no,1,WBRI,NONE,A. Worker,2022-03-01,,,,,\r\n";
		var id = upload("ale.worker", "tracker.csv", file);
		assertThat(waitFor(id)).isEqualTo("READY");
		assertThat(storedFile(id)).contains(ref + "1");
		applyAndWait(id);

		assertThat(storedFile(id)).isNull();
		page(id, "ale.worker").andExpect(content().string(containsString("1 new, 0 changed, 0 unchanged")))
			.andExpect(content().string(containsString("The uploaded file has been deleted")));
	}

	@Test
	void aFileNeverImportedIsDeletedAfterTheRetentionPeriodAndCannotBeImportedThen() throws Exception {
		String ready = HEADER + "E09000016," + ref + "1,Left,Waiting,2022-01-10,no,1,WBRI,NONE,A. Worker,2022-03-01,,,,,\r\n";
		String invalid = HEADER + "E09000016," + ref + "2,Left,Wrong,2022-01-10,,,XXXX,,,,,,,,\r\n";
		var unused = upload("ale.worker", "waiting.csv", ready);
		var withProblems = upload("ale.worker", "wrong.csv", invalid);
		var recent = upload("ale.worker", "recent.csv", ready);
		assertThat(waitFor(unused)).isEqualTo("READY");
		assertThat(waitFor(withProblems)).isEqualTo("INVALID");
		assertThat(waitFor(recent)).isEqualTo("READY");
		lastUsed(unused, Duration.ofDays(7).plusMinutes(1));
		lastUsed(withProblems, Duration.ofDays(8));
		lastUsed(recent, Duration.ofDays(6));

		retention.deleteUnusedFiles();

		assertThat(storedFile(unused)).isNull();
		assertThat(storedFile(withProblems)).isNull();
		assertThat(storedFile(recent)).contains(ref + "1");
		assertThat(jdbc.sql("SELECT errors FROM child_import WHERE id = :id").param("id", withProblems)
			.query((rs, n) -> rs.getString(1)).list().get(0)).isNull();
		page(unused, "ale.worker").andExpect(content().string(containsString("The uploaded file was deleted on")))
			.andExpect(content().string(containsString("after 7 days unused")))
			.andExpect(content().string(not(containsString("Import</button>"))));
		page(withProblems, "ale.worker").andExpect(content().string(containsString("The uploaded file was deleted on")))
			.andExpect(content().string(not(containsString("ethnicity"))));
		mvc.perform(post("/children/import/" + unused + "/apply").with(csrf()).with(as("ale.worker")))
			.andExpect(status().is3xxRedirection());
		assertThat(waitFor(unused)).isEqualTo("READY");
		assertThat(snapshot().get("child")).isEmpty();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM audit_event WHERE subject_type = 'child-import' AND action = 'DELETED'
				AND subject_id IN (:ids) AND scope_agency = 'adopt-london-east'""")
			.param("ids", List.of(unused.toString(), withProblems.toString()))
			.query(Long.class).single()).isEqualTo(2);
	}

	private String storedFile(UUID id) {
		return jdbc.sql("SELECT content FROM child_import WHERE id = :id").param("id", id)
			.query((rs, n) -> rs.getString(1)).list().get(0);
	}

	/** Ages the job: it was last changed this long ago. */
	private void lastUsed(UUID id, Duration ago) {
		jdbc.sql("UPDATE child_import SET updated_at = :at WHERE id = :id").param("id", id)
			.param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(ago))
			.update();
	}

	private UUID upload(String username, String fileName, String csv) throws Exception {
		var response = mvc.perform(multipart("/children/import")
			.file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(as(username)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		return UUID.fromString(response.getRedirectedUrl().substring("/children/import/".length()));
	}

	private void applyAndWait(UUID id) throws Exception {
		mvc.perform(post("/children/import/" + id + "/apply").with(csrf()).with(as("ale.worker")))
			.andExpect(status().is3xxRedirection());
		assertThat(waitFor(id)).isEqualTo("APPLIED");
	}

	private org.springframework.test.web.servlet.ResultActions page(UUID id, String username) throws Exception {
		return mvc.perform(get("/children/import/" + id).with(as(username))).andExpect(status().isOk());
	}

	/** Waits, for at most 30 seconds, until the background work on the import has finished; its status. */
	private String waitFor(UUID id) throws InterruptedException {
		var deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			String status = jdbc.sql("SELECT status FROM child_import WHERE id = :id").param("id", id)
				.query(String.class)
				.single();
			if (!status.equals("CHECKING") && !status.equals("APPLYING")) {
				return status;
			}
			assertThat(Instant.now()).as("import %s still %s", id, status).isBefore(deadline);
			Thread.sleep(20);
		}
	}

	/** Row and column of every problem in the page's table. */
	private static List<List<String>> problems(String page) {
		var table = page.substring(page.indexOf("id=\"problems\""));
		var matcher = java.util.regex.Pattern
			.compile("<td class=\"govuk-table__cell\">(\\d+|File)</td>\\s*<td class=\"govuk-table__cell hearth-code\">([^<]*)</td>")
			.matcher(table);
		var found = new java.util.ArrayList<List<String>>();
		while (matcher.find()) {
			found.add(List.of(matcher.group(1), matcher.group(2)));
		}
		return found;
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		var snapshot = new LinkedHashMap<String, List<Map<String, Object>>>();
		snapshot.put("child", jdbc.sql("SELECT * FROM child WHERE case_reference LIKE :prefix ORDER BY case_reference")
			.param("prefix", ref + "%")
			.query()
			.listOfRows());
		snapshot.put("journey_entry", jdbc.sql("""
				SELECT e.* FROM journey_entry e JOIN child c ON c.id = e.child_id
				WHERE c.case_reference LIKE :prefix ORDER BY c.case_reference, e.position""")
			.param("prefix", ref + "%")
			.query()
			.listOfRows());
		return snapshot;
	}
}
