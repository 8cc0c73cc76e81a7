package org.hearth.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.hearth.children.JourneyEventType;
import org.junit.jupiter.api.Test;

/** A borough tracker file records consent to placement apart from a placement order, and a foster carer adoption. */
class TrackerAuthorityColumnsTests {

	@Test
	void consentToPlacementAndTheFosteringPlacementWithTheAdoptersAreTheirOwnColumns() {
		var file = TrackerFile.read("""
				borough,case_reference,first_names,last_name,date_of_birth,entered_care,fostered_by_the_adopters,should_be_placed_decision,consent_to_placement
				Havering,HV-1,Example,Child,2022-01-10,2022-03-01,2022-03-15,2022-09-01,2022-10-03
				""");

		assertThat(file.errors()).isEmpty();
		assertThat(file.rows().get(0).events()).extracting(e -> e.column(), e -> e.type(), e -> e.date()).contains(
				tuple("fostered_by_the_adopters", JourneyEventType.FOSTERED_BY_THE_ADOPTERS, "2022-03-15"),
				tuple("consent_to_placement", JourneyEventType.CONSENT_TO_PLACEMENT, "2022-10-03"));
		assertThat(file.rows().get(0).events()).extracting(e -> e.type()).doesNotContain(JourneyEventType.PLACEMENT_ORDER);
	}
}
