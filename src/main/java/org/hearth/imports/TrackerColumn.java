package org.hearth.imports;

import java.util.Arrays;
import java.util.Optional;

import org.hearth.children.ImportedChild;
import org.hearth.children.JourneyEventType;

/**
 * The columns of a borough tracker file, in the order of the template. Five are required; any other
 * may be left out. Names are matched ignoring case and surrounding spaces. Public for the pages only.
 */
public enum TrackerColumn {

	BOROUGH(ImportedChild.BOROUGH, true, null,
			"The borough responsible for the child: its ONS code (E09000016) or its name (Havering)."),
	CASE_REFERENCE(ImportedChild.CASE_REFERENCE, true, null,
			"The borough's case reference, 40 characters or fewer. With the borough, it says which child the row is."),
	FIRST_NAMES(ImportedChild.FIRST_NAMES, true, null, "The child's first names."),
	LAST_NAME(ImportedChild.LAST_NAME, true, null, "The child's last name."),
	DATE_OF_BIRTH(ImportedChild.DATE_OF_BIRTH, true, null,
			"The date of birth, or the expected date for an unborn baby."),
	UNBORN(ImportedChild.UNBORN, false, null, "yes for an unborn baby (date_of_birth is then the expected date); "
			+ "no or empty otherwise."),
	SEX(ImportedChild.SEX, false, null, "1 male, 2 female, 0 not recorded, 9 indeterminate."),
	ETHNICITY(ImportedChild.ETHNICITY, false, null,
			"One of the 20 ethnicity codes of the SSDA903 return and the CIN census, such as WBRI, MWBC or BAFR."),
	RELIGION(ImportedChild.RELIGION, false, null, "As the borough records it, 100 characters or fewer."),
	FIRST_LANGUAGES(ImportedChild.FIRST_LANGUAGES, false, null, "The child's first language or languages."),
	DISABILITIES(ImportedChild.DISABILITIES, false, null,
			"CIN census disability codes separated by spaces or semicolons (MOB; LD), or NONE."),
	BOROUGH_SOCIAL_WORKER(ImportedChild.BOROUGH_SOCIAL_WORKER, false, null,
			"The child's social worker at the borough."),
	FAMILY_FINDING_WORKER(ImportedChild.FAMILY_FINDING_WORKER, false, null,
			"The user name of the agency's family-finding worker, such as ale.worker."),
	SIBLING_GROUP(ImportedChild.SIBLING_GROUP, false, null,
			"A reference shared by the children of one sibling group, 40 characters or fewer."),
	SIBLINGS_PLACED_TOGETHER_WITH(ImportedChild.SIBLINGS_PLACED_TOGETHER_WITH, false, null,
			"How many siblings the child is to be placed with: 0 to be placed alone; empty while not decided."),
	ENTERED_CARE("entered_care", false, JourneyEventType.ENTERED_CARE, "Entered care."),
	FOSTERED_BY_THE_ADOPTERS("fostered_by_the_adopters", false, JourneyEventType.FOSTERED_BY_THE_ADOPTERS,
			"For a child adopted by their foster carers: the day the fostering placement with them began."),
	EARLY_MONITORING("early_monitoring", false, JourneyEventType.EARLY_MONITORING,
			"Adoption first considered (early monitoring)."),
	PARALLEL_PLANNING("parallel_planning", false, JourneyEventType.PARALLEL_PLANNING, "Parallel planning started."),
	PERMANENCE_REPORT("permanence_report", false, JourneyEventType.CHILDS_PERMANENCE_REPORT,
			"The child's permanence report completed."),
	SHOULD_BE_PLACED_DECISION("should_be_placed_decision", false, JourneyEventType.SHOULD_BE_PLACED_DECISION, "The agency decision maker's should be placed for adoption decision."),
	PLACEMENT_ORDER("placement_order", false, JourneyEventType.PLACEMENT_ORDER,
			"The placement order."),
	CONSENT_TO_PLACEMENT("consent_to_placement", false, JourneyEventType.CONSENT_TO_PLACEMENT,
			"The parents' consent to placement under section 19, where there is no placement order."),
	FAMILY_FINDING_STARTED("family_finding_started", false, JourneyEventType.FAMILY_FINDING_STARTED,
			"Family finding started."),
	LINKED("linked", false, JourneyEventType.LINKED, "Linked with prospective adopters."),
	MATCHING_PANEL("matching_panel", false, JourneyEventType.MATCHING_PANEL, "The matching panel."),
	MATCH_DECISION("match_decision", false, JourneyEventType.MATCH_DECISION, "The match decision."),
	PLACED_FOR_ADOPTION("placed_for_adoption", false, JourneyEventType.PLACED_FOR_ADOPTION,
			"Placed for adoption: the day the child moved in."),
	EARLY_PERMANENCE_PLACEMENT("early_permanence_placement", false, JourneyEventType.EARLY_PERMANENCE_PLACEMENT,
			"A fostering for adoption or concurrent placement started."),
	ADOPTION_ORDER_APPLICATION("adoption_order_application", false, JourneyEventType.ADOPTION_ORDER_APPLICATION,
			"The adopters applied for the adoption order."),
	ADOPTION_ORDER("adoption_order", false, JourneyEventType.ADOPTION_ORDER, "The adoption order."),
	NO_LONGER_THE_PLAN("no_longer_the_plan", false, JourneyEventType.ADOPTION_NO_LONGER_THE_PLAN,
			"The decision that adoption is no longer the plan."),
	NO_LONGER_THE_PLAN_REASON(ImportedChild.NO_LONGER_THE_PLAN_REASON, false, null,
			"Why adoption is no longer the plan: RD1, RD2, RD3 or RD4. Needed with no_longer_the_plan.");

	private final String header;

	private final boolean required;

	private final JourneyEventType event;

	private final String description;

	TrackerColumn(String header, boolean required, JourneyEventType event, String description) {
		this.header = header;
		this.required = required;
		this.event = event;
		this.description = description;
	}

	static Optional<TrackerColumn> named(String header) {
		String wanted = header == null ? "" : header.strip().toLowerCase(java.util.Locale.UK);
		return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
	}

	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}

	public Optional<JourneyEventType> event() {
		return Optional.ofNullable(event);
	}

	public String description() {
		return description;
	}
}
