package org.hearth.children;

import java.util.List;
import java.util.Objects;

/**
 * One row of a borough's own tracker as it was written in the file: every value is the text of its
 * cell, checked only by {@link ChildImports}. An empty cell is {@code null} or blank. The constants
 * name the columns of the documented import format, so every problem is reported against the column
 * the person can correct.
 *
 * @param row the row's number as a spreadsheet shows it (the header is row 1)
 * @param borough the borough's ONS code or its name
 * @param unborn "yes" when {@code dateOfBirth} is the expected date of an unborn baby
 * @param disabilities CIN disability codes separated by spaces, commas or semicolons
 * @param siblingsPlacedTogetherWith how many siblings the child is to be placed with; 0 for placed alone
 * @param events the journey's dated events, each with the column it came from
 * @param noLongerThePlanReason RD1 to RD4, for the "adoption no longer the plan" event
 */
public record ImportedChild(int row, String borough, String caseReference, String firstNames, String lastName,
		String dateOfBirth, String unborn, String sex, String ethnicity, String religion, String firstLanguages,
		String disabilities, String boroughSocialWorker, String familyFindingWorker, String siblingGroup,
		String siblingsPlacedTogetherWith, List<Event> events, String noLongerThePlanReason) {

	public static final String BOROUGH = "borough";
	public static final String CASE_REFERENCE = "case_reference";
	public static final String FIRST_NAMES = "first_names";
	public static final String LAST_NAME = "last_name";
	public static final String DATE_OF_BIRTH = "date_of_birth";
	public static final String UNBORN = "unborn";
	public static final String SEX = "sex";
	public static final String ETHNICITY = "ethnicity";
	public static final String RELIGION = "religion";
	public static final String FIRST_LANGUAGES = "first_languages";
	public static final String DISABILITIES = "disabilities";
	public static final String BOROUGH_SOCIAL_WORKER = "borough_social_worker";
	public static final String FAMILY_FINDING_WORKER = "family_finding_worker";
	public static final String SIBLING_GROUP = "sibling_group";
	public static final String SIBLINGS_PLACED_TOGETHER_WITH = "siblings_placed_together_with";
	public static final String NO_LONGER_THE_PLAN_REASON = "no_longer_the_plan_reason";

	public ImportedChild {
		events = events == null ? List.of() : List.copyOf(events);
	}

	/**
	 * A dated event of the journey as written in its column.
	 *
	 * @param column the column it came from, such as {@code placement_order}
	 * @param date the cell's text: a date as YYYY-MM-DD or DD/MM/YYYY, or empty
	 */
	public record Event(String column, JourneyEventType type, String date) {

		public Event {
			Objects.requireNonNull(column, "An imported event needs its column");
			Objects.requireNonNull(type, "An imported event needs its type");
		}
	}
}
