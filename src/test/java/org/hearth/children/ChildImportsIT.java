package org.hearth.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.IntegrationTest;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.children.internal.ChildStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Importing a borough's tracker: all rows or none, every problem by row and column, and again changes nothing. */
class ChildImportsIT extends IntegrationTest {

	static final String HAVERING = "E09000016";

	static final String NEWHAM = "E09000025";

	@Autowired
	ChildImports imports;

	@Autowired
	ChildStore store;

	@Autowired
	JdbcClient jdbc;

	/** A unique prefix, so the tests can run again on the same database. */
	final String ref = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Test
	void newChildrenAreAddedWithTheirJourneys() {
		var rows = rows(adopted(2, HAVERING, ref + "1"), row(3, "Newham", ref + "2").event("entered_care", "01/03/2022"));
		var check = imports.check(user("ale.worker"), rows);
		assertThat(check.ok()).isTrue();
		assertThat(check.newChildren()).isEqualTo(2);

		var result = imports.apply(user("ale.worker"), rows);

		assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
		var child = store.byId(store.byCaseReference(HAVERING, ref + "1").orElseThrow()).orElseThrow();
		assertThat(child.details().name()).isEqualTo("Example Child");
		assertThat(child.journey().adoptionOrder()).hasValue(java.time.LocalDate.of(2023, 11, 1));
		assertThat(child.stageOn(java.time.LocalDate.of(2024, 1, 1))).isEqualTo(TrackerStage.ADOPTED);
		assertThat(store.byCaseReference(NEWHAM, ref + "2")).isPresent();
	}

	@Test
	void importingTheSameRowsAgainChangesNothing() {
		var rows = rows(adopted(2, HAVERING, ref + "1"), row(3, HAVERING, ref + "2").event("entered_care", "2022-03-01")
			.cell("ethnicity", "MWBC").cell("disabilities", "MOB; LD").cell("siblings_placed_together_with", "1"));
		imports.apply(user("ale.worker"), rows);
		var before = snapshot(ref);

		assertThat(imports.check(user("ale.worker"), rows)).isEqualTo(new ImportCheck(List.of(), 0, 0, 2));
		var again = imports.apply(user("ale.worker"), rows);

		assertThat(again).isEqualTo(new ImportResult(0, 0, 2));
		assertThat(snapshot(ref)).isEqualTo(before);
	}

	@Test
	void aFileWithErrorsInThreeRowsImportsNothingAndReportsAllThree() {
		var rows = rows(adopted(2, HAVERING, ref + "1"), row(3, HAVERING, ref + "2").cell("ethnicity", "XXXX"),
				adopted(4, HAVERING, ref + "3"),
				row(5, HAVERING, ref + "4").event("should_be_placed_decision", "2022-09-01")
					.event("placement_order", "2022-08-01"),
				row(6, "Narnia", ref + "5"));

		var check = imports.check(user("ale.worker"), rows);

		assertThat(check.ok()).isFalse();
		assertThat(check.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "ethnicity"),
					org.assertj.core.groups.Tuple.tuple(5, "placement_order"),
					org.assertj.core.groups.Tuple.tuple(6, "borough"));
		assertThat(check.rowsWithErrors()).isEqualTo(3);
		assertThatThrownBy(() -> imports.apply(user("ale.worker"), rows)).isInstanceOf(ImportRefused.class);
		assertThat(snapshot(ref).get("child")).isEmpty();
	}

	@Test
	void aBrokenJourneyRuleIsReportedAgainstTheColumnOfTheEventItNames() {
		var rows = rows(row(2, HAVERING, ref + "1").event("entered_care", "2022-03-01")
			.event("should_be_placed_decision", "2022-09-01")
			.event("placement_order", "2022-08-01"));
		var error = imports.check(user("ale.worker"), rows).errors().get(0);
		assertThat(error.column()).isEqualTo("placement_order");
		assertThat(error.message())
			.isEqualTo("The placement order (1 August 2022) cannot be before the should be placed for adoption decision (1 September 2022)");
	}

	@Test
	void anExistingChildGainsOnlyTheEventsAndDetailsThatAreNew() {
		imports.apply(user("ale.worker"), rows(row(2, HAVERING, ref + "1").event("entered_care", "2022-03-01")
			.cell("borough_social_worker", "A. Worker")));
		var id = store.byCaseReference(HAVERING, ref + "1").orElseThrow();

		var later = rows(row(2, "havering", ref + "1").event("entered_care", "2022-03-01")
			.event("early_monitoring", "2022-04-01")
			.cell("borough_social_worker", "B. Worker"));
		assertThat(imports.check(user("ale.worker"), later)).isEqualTo(new ImportCheck(List.of(), 0, 1, 0));
		var result = imports.apply(user("ale.worker"), later);

		assertThat(result).isEqualTo(new ImportResult(0, 1, 0));
		var child = store.byId(id).orElseThrow();
		assertThat(child.journey().entries()).extracting(JourneyEntry::type)
			.containsExactlyInAnyOrder(JourneyEventType.ENTERED_CARE, JourneyEventType.EARLY_MONITORING);
		assertThat(child.details().boroughSocialWorker()).isEqualTo("B. Worker");
	}

	@Test
	void anEmptyCellNeverErasesWhatTheTrackerHolds() {
		imports.apply(user("ale.worker"), rows(row(2, HAVERING, ref + "1").cell("ethnicity", "BAFR")
			.cell("sex", "2")
			.cell("family_finding_worker", "ale.worker")));
		var before = snapshot(ref);

		var result = imports.apply(user("ale.worker"), rows(row(2, HAVERING, ref + "1")));

		assertThat(result).isEqualTo(new ImportResult(0, 0, 1));
		assertThat(snapshot(ref)).isEqualTo(before);
	}

	@Test
	void aBoroughWorkerCannotImportAChildOfAnotherBorough() {
		var rows = rows(row(2, "Havering", ref + "1"), row(3, NEWHAM, ref + "2"));

		var check = imports.check(user("havering.worker"), rows);

		assertThat(check.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo("borough");
			assertThat(error.message()).contains("Newham is not one of your boroughs");
		});
	}

	@Test
	void aChildIsOnOneRowOnly() {
		var rows = rows(row(2, HAVERING, ref + "1"), row(3, "Havering", ref + "1"));
		assertThat(imports.check(user("ale.worker"), rows).errors()).singleElement()
			.satisfies(error -> assertThat(error.message()).startsWith("Row 2 already has this case reference"));
	}

	@Test
	void fieldsAreCheckedOneByOneWithTheirColumns() {
		var rows = rows(new Row(2, "", "", "", "").cell("date_of_birth", "31/02/2022")
			.cell("unborn", "perhaps")
			.cell("sex", "3")
			.cell("disabilities", "NONE MOB")
			.cell("siblings_placed_together_with", "two")
			.cell("no_longer_the_plan_reason", "RD9")
			.event("entered_care", "yesterday"));
		var columns = imports.check(user("ale.worker"), rows).errors().stream().map(ImportError::column).toList();
		assertThat(columns).containsExactlyInAnyOrder("borough", "case_reference", "first_names", "last_name",
				"date_of_birth", "unborn", "sex", "disabilities", "siblings_placed_together_with",
				"no_longer_the_plan_reason", "entered_care");
	}

	@Test
	void progressIsToldEveryFewRowsAndAtTheEnd() {
		var rows = new ArrayList<ImportedChild>();
		for (int i = 0; i < 60; i++) {
			rows.add(row(i + 2, HAVERING, ref + i).child());
		}
		var told = new ArrayList<String>();

		imports.check(user("ale.worker"), rows, (done, total) -> told.add(done + "/" + total));
		assertThat(told).containsExactly("25/60", "50/60", "60/60");

		told.clear();
		imports.apply(user("ale.worker"), rows, null, (done, total) -> told.add(done + "/" + total));
		assertThat(told).containsExactly("25/120", "50/120", "60/120", "75/120", "100/120", "120/120");
	}

	@Test
	void onlyStaffWhoMayChangeRecordsMayImport() {
		assertThatThrownBy(() -> imports.check(user("ale.finance"), rows(row(2, HAVERING, ref + "1"))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void eachNewChildAndTheImportAreAuditedWithoutSpecialCategoryData() {
		imports.apply(user("ale.worker"), rows(row(2, HAVERING, ref + "1").cell("ethnicity", "MWBA")
			.cell("disabilities", "AUT")
			.cell("religion", "Example faith")), "import-" + ref, ImportProgress.NONE);
		var id = store.byCaseReference(HAVERING, ref + "1").orElseThrow().toString();
		var audited = jdbc.sql("SELECT action, actor, after_state FROM audit_event WHERE subject_id = :id")
			.param("id", id)
			.query()
			.listOfRows();
		assertThat(audited).singleElement().satisfies(row -> {
			assertThat(row.get("action")).isEqualTo("CREATED");
			assertThat(row.get("actor")).isEqualTo("ale.worker");
			assertThat((String) row.get("after_state")).contains(ref + "1")
				.doesNotContain("MWBA")
				.doesNotContain("AUT")
				.doesNotContain("Example faith");
		});
		assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE subject_type = 'child-import' AND subject_id = :id")
			.param("id", "import-" + ref)
			.query(String.class)
			.single()).contains("1 new");
	}

	private Map<String, List<Map<String, Object>>> snapshot(String prefix) {
		var snapshot = new LinkedHashMap<String, List<Map<String, Object>>>();
		snapshot.put("child", jdbc.sql("SELECT * FROM child WHERE case_reference LIKE :prefix ORDER BY case_reference")
			.param("prefix", prefix + "%")
			.query()
			.listOfRows());
		snapshot.put("journey_entry", jdbc.sql("""
				SELECT e.* FROM journey_entry e JOIN child c ON c.id = e.child_id
				WHERE c.case_reference LIKE :prefix ORDER BY c.case_reference, e.position""")
			.param("prefix", prefix + "%")
			.query()
			.listOfRows());
		return snapshot;
	}

	private CurrentUser user(String username) {
		return ((CurrentUsers.HasCurrentUser) users.loadUserByUsername(username)).user();
	}

	static List<ImportedChild> rows(Row... rows) {
		return java.util.Arrays.stream(rows).map(Row::child).toList();
	}

	static Row row(int number, String borough, String caseReference) {
		return new Row(number, borough, caseReference, "Example", "Child").cell("date_of_birth", "2022-01-10");
	}

	/** A child who went all the way to the adoption order. */
	static Row adopted(int number, String borough, String caseReference) {
		return row(number, borough, caseReference).event("entered_care", "2022-03-01")
			.event("early_monitoring", "2022-04-01")
			.event("should_be_placed_decision", "2022-09-01")
			.event("placement_order", "2022-12-01")
			.event("family_finding_started", "2023-01-05")
			.event("linked", "2023-03-01")
			.event("matching_panel", "2023-04-01")
			.event("match_decision", "2023-04-10")
			.event("placed_for_adoption", "2023-05-01")
			.event("adoption_order_application", "2023-08-01")
			.event("adoption_order", "2023-11-01");
	}

	/** A row as a test writes it: cells by column name; converts to the import's record. */
	static final class Row {

		private final int number;

		private final Map<String, String> cells = new LinkedHashMap<>();

		private final List<ImportedChild.Event> events = new ArrayList<>();

		Row(int number, String borough, String caseReference, String firstNames, String lastName) {
			this.number = number;
			cells.put("borough", borough);
			cells.put("case_reference", caseReference);
			cells.put("first_names", firstNames);
			cells.put("last_name", lastName);
		}

		Row cell(String column, String value) {
			cells.put(column, value);
			return this;
		}

		Row event(String column, String date) {
			events.add(new ImportedChild.Event(column, JourneyEventType.valueOf(switch (column) {
				case "permanence_report" -> "CHILDS_PERMANENCE_REPORT";
				case "no_longer_the_plan" -> "ADOPTION_NO_LONGER_THE_PLAN";
				default -> column.toUpperCase(java.util.Locale.UK);
			}), date));
			return this;
		}

		ImportedChild child() {
			return new ImportedChild(number, cells.get("borough"), cells.get("case_reference"), cells.get("first_names"),
					cells.get("last_name"), cells.get("date_of_birth"), cells.get("unborn"), cells.get("sex"),
					cells.get("ethnicity"), cells.get("religion"), cells.get("first_languages"),
					cells.get("disabilities"), cells.get("borough_social_worker"), cells.get("family_finding_worker"),
					cells.get("sibling_group"), cells.get("siblings_placed_together_with"), events,
					cells.get("no_longer_the_plan_reason"));
		}
	}
}
