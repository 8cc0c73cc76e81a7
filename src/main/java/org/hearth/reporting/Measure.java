package org.hearth.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.hearth.children.AdoptedChild;

/**
 * One measure of the adoption scorecard: how it counts the children adopted in a period.
 */
public interface Measure {

	MeasureCode code();

	/**
	 * The measure over these children, all adopted in the period.
	 *
	 * @param nobodyAdopted why it cannot be computed when no child was adopted, such as "No child of
	 *        Havering had an adoption order from 1 April 2019 to 31 March 2020"
	 */
	MeasureResult over(List<AdoptedChild> adopted, String nobodyAdopted);

	/** Days between two dates: the plain difference (the same day is 0, the next day 1). */
	static long daysBetween(LocalDate start, LocalDate end) {
		return ChronoUnit.DAYS.between(start, end);
	}

	/** A date in words, such as "3 March 2026". */
	static String inWords(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
	}

	/** The reason a measure over children who were all left out cannot be computed. */
	static String everyoneLeftOut(int adopted) {
		return adopted == 1 ? "The one child adopted in the period is left out (see the reason), so there is no one to count"
				: "All " + adopted + " children adopted in the period are left out (see the reasons), so there is no one to count";
	}
}
