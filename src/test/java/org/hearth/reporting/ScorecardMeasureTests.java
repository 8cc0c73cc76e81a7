package org.hearth.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hearth.children.AdoptedChild;
import org.hearth.children.ChildId;
import org.junit.jupiter.api.Test;

/** Each scorecard measure's rules, on children written out by hand. */
class ScorecardMeasureTests {

	static final String NOBODY = "No child of Havering had an adoption order from 1 April 2025 to 31 March 2026, so there is no one to count";

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	/** A child adopted on 1 March 2026 with these dates (null for none). */
	static AdoptedChild adopted(String reference, String enteredCare, String placementOrder, String consent,
			String match, String placed, String fostered) {
		return new AdoptedChild(ChildId.newId(), "E09000016", reference, d("2026-03-01"), date(enteredCare),
				date(placementOrder), date(consent), date(match), date(placed), date(fostered));
	}

	static Optional<LocalDate> date(String iso) {
		return Optional.ofNullable(iso).map(LocalDate::parse);
	}

	// A1

	@Test
	void a1IsTheMeanOfThePlainDifferencesRoundedHalvesUp() {
		// 10 and 11 days: mean 10.5, rounded halves up to 11
		var result = new DaysFromCareToMovingIn().over(List.of(
				adopted("R1", "2025-01-01", "2025-01-05", null, "2025-01-06", "2025-01-11", null),
				adopted("R2", "2025-01-01", "2025-01-05", null, "2025-01-06", "2025-01-12", null)), NOBODY);

		assertThat(result.value()).contains(11L);
		assertThat(result.counted()).extracting(CountedChild::days).containsExactly(10L, 11L);
		assertThat(result.numerator()).isEmpty();
	}

	@Test
	void a1MeanJustBelowAHalfRoundsDown() {
		// 0, 0 and 1 days: mean 0.33, rounded to 0; moving in on the day of entering care is 0 days
		var result = new DaysFromCareToMovingIn().over(List.of(
				adopted("R1", "2025-01-01", null, null, null, "2025-01-01", null),
				adopted("R2", "2025-01-01", null, null, null, "2025-01-01", null),
				adopted("R3", "2025-01-01", null, null, null, "2025-01-02", null)), NOBODY);

		assertThat(result.value()).contains(0L);
	}

	@Test
	void a1LeavesOutAChildWithNoDateEnteredCareOrNeverPlacedSayingWhy() {
		var result = new DaysFromCareToMovingIn().over(List.of(
				adopted("R1", null, "2025-01-05", null, "2025-01-06", "2025-01-11", null),
				adopted("R2", "2025-01-01", "2025-01-05", null, "2025-01-06", null, null),
				adopted("R3", "2025-01-01", "2025-01-05", null, "2025-01-06", "2025-02-01", null)), NOBODY);

		assertThat(result.value()).contains(31L);
		assertThat(result.excluded()).extracting(ExcludedChild::reference, ExcludedChild::reason).containsExactly(
				org.assertj.core.groups.Tuple.tuple("R1", "No date the child entered care is recorded"),
				org.assertj.core.groups.Tuple.tuple("R2", DaysFromCareToMovingIn.NOT_PLACED));
		assertThat(result.excludedByReason()).containsEntry("No date the child entered care is recorded", 1);
	}

	@Test
	void aFigureOverNoOneCannotBeComputedAndSaysWhy() {
		var none = new DaysFromCareToMovingIn().over(List.of(), NOBODY);
		var allLeftOut = new DaysFromCareToMovingIn()
			.over(List.of(adopted("R1", null, null, null, null, "2025-02-01", null)), NOBODY);

		assertThat(none.value()).isEmpty();
		assertThat(none.cannotBeComputed()).contains(NOBODY);
		assertThat(allLeftOut.value()).isEmpty();
		assertThat(allLeftOut.cannotBeComputed().orElseThrow()).contains("left out");
	}

	// A2

	@Test
	void a2CountsFromThePlacementOrderToTheMatch() {
		// 1 July to 8 October 2025: 30 + 31 + 31 + 7 = 99 days
		var result = new DaysFromAuthorityToMatch()
			.over(List.of(adopted("R1", "2025-01-01", "2025-07-01", null, "2025-10-08", "2025-11-03", null)), NOBODY);

		assertThat(result.value()).contains(99L);
	}

	@Test
	void a2CountsAChildMatchedBeforeTheCourtAuthorityAsZeroDays() {
		var result = new DaysFromAuthorityToMatch().over(List.of(
				adopted("R1", "2025-01-01", "2025-07-01", null, "2025-06-20", "2025-07-10", null),
				adopted("R2", "2025-01-01", "2025-07-01", null, "2025-07-11", "2025-07-20", null)), NOBODY);

		// 0 and 10 days: mean 5
		assertThat(result.counted()).extracting(CountedChild::days).containsExactly(0L, 10L);
		assertThat(result.counted().get(0).note()).contains("20 June 2025").contains("1 July 2025").contains("0 days");
		assertThat(result.value()).contains(5L);
	}

	@Test
	void a2LeavesOutAChildPlacedWithConsentAndNoPlacementOrder() {
		var result = new DaysFromAuthorityToMatch().over(List.of(
				adopted("R1", "2025-01-01", null, "2025-05-01", "2025-06-01", "2025-07-01", null),
				adopted("R2", "2025-01-01", null, null, "2025-06-01", "2025-07-01", null)), NOBODY);

		assertThat(result.value()).isEmpty();
		assertThat(result.excluded().get(0).reason()).contains("consent to placement (section 19)")
			.contains("no placement order or freeing order");
		assertThat(result.excluded().get(1).reason()).isEqualTo("No placement order or freeing order is recorded");
	}

	@Test
	void a2CountsFromThePlacementOrderWhenThereIsConsentAsWell() {
		// consent on 1 May, placement order 1 June, match 11 June: 10 days
		var result = new DaysFromAuthorityToMatch().over(List.of(
				adopted("R1", "2025-01-01", "2025-06-01", "2025-05-01", "2025-06-11", "2025-07-01", null)), NOBODY);

		assertThat(result.value()).contains(10L);
	}

	@Test
	void a2LeavesOutAChildNotPlacedBeforeTheOrderAndOneWithNoMatch() {
		var result = new DaysFromAuthorityToMatch().over(List.of(
				adopted("R1", "2025-01-01", "2025-06-01", null, "2025-06-11", null, null),
				adopted("R2", "2025-01-01", "2025-06-01", null, null, "2025-07-01", null)), NOBODY);

		assertThat(result.excluded()).extracting(ExcludedChild::reason)
			.containsExactly(DaysFromCareToMovingIn.NOT_PLACED, "No match decision is recorded");
	}

	// A3

	@Test
	void a3CountsOnlyThoseWhoMovedInStrictlyBeforeFourteenMonthsAfterEnteringCare() {
		// entered care 10 January 2025: 14 months is 10 March 2026
		var result = new MovedInWithinFourteenMonths().over(List.of(
				adopted("DAY-BEFORE", "2025-01-10", null, null, null, "2026-03-09", null),
				adopted("ON-THE-DAY", "2025-01-10", null, null, null, "2026-03-10", null)), NOBODY);

		assertThat(result.numerator()).contains(1);
		assertThat(result.denominator()).contains(2);
		assertThat(result.value()).contains(50L);
		assertThat(result.counted()).extracting(CountedChild::reference, CountedChild::inNumerator).containsExactly(
				org.assertj.core.groups.Tuple.tuple("DAY-BEFORE", true),
				org.assertj.core.groups.Tuple.tuple("ON-THE-DAY", false));
	}

	@Test
	void a3FourteenMonthsFromTheEndOfAMonthIsClippedToTheEndOfTheLaterMonth() {
		// 31 December 2024 + 14 months = 28 February 2026 (not a leap year)
		var result = new MovedInWithinFourteenMonths().over(List.of(
				adopted("R1", "2024-12-31", null, null, null, "2026-02-27", null),
				adopted("R2", "2024-12-31", null, null, null, "2026-02-28", null)), NOBODY);

		assertThat(result.counted()).extracting(CountedChild::inNumerator).containsExactly(true, false);
	}

	@Test
	void a3IsAWholePercentRoundedHalvesUp() {
		// 1 of 8 = 12.5 % -> 13 %
		var children = new java.util.ArrayList<AdoptedChild>();
		children.add(adopted("IN", "2025-01-10", null, null, null, "2025-02-01", null));
		for (int i = 0; i < 7; i++) {
			children.add(adopted("LATE" + i, "2024-01-10", null, null, null, "2025-06-01", null));
		}

		var result = new MovedInWithinFourteenMonths().over(children, NOBODY);

		assertThat(result.value()).contains(13L);
		assertThat(result.numerator()).contains(1);
		assertThat(result.denominator()).contains(8);
	}

	@Test
	void a3IsNotAdjustedForFosterCarerAdoptions() {
		var result = new MovedInWithinFourteenMonths()
			.over(List.of(adopted("R1", "2024-01-10", null, null, null, "2025-06-01", "2024-02-01")), NOBODY);

		assertThat(result.value()).contains(0L);
	}

	// A10

	@Test
	void a10EndsAFosterCarerAdoptionAtTheStartOfTheFosteringPlacement() {
		// fostered from 20 January 2025 (19 days after entering care), placed for adoption 15 August 2025;
		// the other child moved in 41 days after entering care: mean (19 + 41) / 2 = 30
		var result = new DaysFromCareAdjustedForFosterCarers().over(List.of(
				adopted("FOSTERED", "2025-01-01", null, null, null, "2025-08-15", "2025-01-20"),
				adopted("OTHER", "2025-01-01", null, null, null, "2025-02-11", null)), NOBODY);
		var a1 = new DaysFromCareToMovingIn().over(List.of(
				adopted("FOSTERED", "2025-01-01", null, null, null, "2025-08-15", "2025-01-20")), NOBODY);

		assertThat(result.counted()).extracting(CountedChild::days).containsExactly(19L, 41L);
		assertThat(result.value()).contains(30L);
		assertThat(result.counted().get(0).note()).contains("20 January 2025");
		assertThat(a1.value()).contains(226L);
	}

	// the period

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedNamingBothDates() {
		assertThatThrownBy(() -> new ReportingPeriod(d("2026-04-01"), d("2026-03-31")))
			.isInstanceOf(ScorecardRequestRefused.class)
			.hasMessageContaining("31 March 2026")
			.hasMessageContaining("1 April 2026");
	}

	@Test
	void financialYearsRunFromAprilToMarch() {
		assertThat(ReportingPeriod.financialYearEnding(2026))
			.isEqualTo(new ReportingPeriod(d("2025-04-01"), d("2026-03-31")));
		assertThat(ReportingPeriod.threeYearsEnding(2026))
			.isEqualTo(new ReportingPeriod(d("2023-04-01"), d("2026-03-31")));
		assertThat(ReportingPeriod.financialYearEnding(2026).includes(d("2026-03-31"))).isTrue();
		assertThat(ReportingPeriod.financialYearEnding(2026).includes(d("2026-04-01"))).isFalse();
	}
}
