package org.hearth.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.children.ImportError;
import org.hearth.children.JourneyEventType;
import org.junit.jupiter.api.Test;

class TrackerFileTests {

	@Test
	void columnsAreFoundByNameInAnyOrderIgnoringCaseAndSpaces() {
		var file = TrackerFile.read("""
				Last_Name, date_of_birth ,borough,case_reference,first_names,placement_order
				Child,2022-01-10,Havering,HV-1,Example,2022-12-01
				""");
		assertThat(file.errors()).isEmpty();
		var row = file.rows().get(0);
		assertThat(row.row()).isEqualTo(2);
		assertThat(row.borough()).isEqualTo("Havering");
		assertThat(row.lastName()).isEqualTo("Child");
		assertThat(row.events()).singleElement().satisfies(event -> {
			assertThat(event.column()).isEqualTo("placement_order");
			assertThat(event.type()).isEqualTo(JourneyEventType.PLACEMENT_ORDER);
			assertThat(event.date()).isEqualTo("2022-12-01");
		});
	}

	@Test
	void unknownRepeatedAndMissingRequiredColumnsAreErrorsOfTheHeaderNamingTheColumn() {
		var file = TrackerFile.read("""
				borough,case_reference,first_names,first_names,favourite_colour
				Havering,HV-1,Example,Example,blue
				""");
		assertThat(file.rows()).isEmpty();
		assertThat(file.errors()).extracting(ImportError::row).containsOnly(1);
		assertThat(file.errors()).extracting(ImportError::column)
			.containsExactlyInAnyOrder("first_names", "favourite_colour", "last_name", "date_of_birth");
	}

	@Test
	void aRowWithMoreCellsThanTheHeaderIsAnErrorOfThatRow() {
		var file = TrackerFile.read("""
				borough,case_reference,first_names,last_name,date_of_birth
				Havering,HV-1,Example,Child,2022-01-10,surplus
				Havering,HV-2,Example,Child,2022-01-10
				""");
		assertThat(file.errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(2));
		assertThat(file.rows()).extracting(r -> r.caseReference()).containsExactly("HV-2");
	}

	@Test
	void blankRowsAreSkippedAndShortRowsHaveEmptyCells() {
		var file = TrackerFile.read("""
				borough,case_reference,first_names,last_name,date_of_birth,sex
				,,,,,
				Havering,HV-1,Example,Child,2022-01-10
				""");
		assertThat(file.errors()).isEmpty();
		assertThat(file.rows()).singleElement().satisfies(row -> {
			assertThat(row.row()).isEqualTo(3);
			assertThat(row.sex()).isNull();
		});
	}

	@Test
	void theTemplateNamesEveryColumnInOrder() {
		assertThat(TrackerFile.templateHeader()).startsWith("borough,case_reference,first_names,last_name,date_of_birth,")
			.endsWith(",no_longer_the_plan,no_longer_the_plan_reason");
		assertThat(TrackerFile.read(TrackerFile.templateHeader()).errors()).isEmpty();
	}

	@Test
	void anEmptyFileIsAnError() {
		assertThat(TrackerFile.read("").errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("empty"));
	}
}
