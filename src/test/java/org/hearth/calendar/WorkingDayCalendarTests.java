package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The working-day convention: the start day is day 0, and Saturdays, Sundays and England-and-Wales
 * bank holidays do not count. Every expected date here was worked out by hand on a calendar.
 */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = BankHolidays.englandAndWales().calendar();

	@Test
	void fiveWorkingDaysFromAFridayIsTheNextFriday() {
		// Friday 16 January 2026: Mon 19, Tue 20, Wed 21, Thu 22, Fri 23
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 1, 16), 5)).isEqualTo(LocalDate.of(2026, 1, 23));
	}

	@Test
	void christmas2026SkipsChristmasDayTheWeekendAndTheSubstituteBoxingDay() {
		// Thu 24 Dec; Fri 25 Christmas Day; Sat 26, Sun 27; Mon 28 Boxing Day (substitute); Tue 29 = 1; Wed 30 = 2
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void easter2026SkipsGoodFridayAndEasterMonday() {
		// Thu 2 April; Fri 3 Good Friday; Sat 4, Sun 5; Mon 6 Easter Monday; Tue 7 = 1
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
	}

	@Test
	void fortyWorkingDaysAcrossTheSummerBankHoliday() {
		// From Monday 3 August 2026: Tue 4-Fri 7 (4), 10-14 (9), 17-21 (14), 24-28 (19),
		// Mon 31 August is the summer bank holiday, Tue 1-Fri 4 September (23), 7-11 (28),
		// 14-18 (33), 21-25 (38), Mon 28 (39), Tue 29 September (40).
		// Without the bank holiday it would be Monday 28 September.
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 3), 40)).isEqualTo(LocalDate.of(2026, 9, 29));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 24))).isTrue();
	}

	@Test
	void startDayIsDayZeroEvenOnAWeekend() {
		LocalDate saturday = LocalDate.of(2026, 3, 7);
		assertThat(calendar.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
		assertThat(calendar.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void aCountEndingOnTheLastKnownWorkingDayIsAnswered() {
		// Thu 21 Dec 2028; Fri 22 = 1; Mon 25 and Tue 26 are Christmas and Boxing Day; Wed 27 = 2, Thu 28 = 3, Fri 29 = 4
		assertThat(calendar.plusWorkingDays(LocalDate.of(2028, 12, 21), 4)).isEqualTo(LocalDate.of(2028, 12, 29));
	}

	@Test
	void aCountPastTheLastKnownYearSaysSoInsteadOfGuessing() {
		assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2028, 12, 21), 5))
			.isInstanceOf(CalendarNotKnown.class)
			.hasMessageContaining("5 working days from 21 December 2028")
			.hasMessageContaining("bank holidays after 2028 are not known yet")
			.hasMessageContaining("administrator can add them")
			.satisfies(ex -> assertThat(((CalendarNotKnown) ex).unknownDate()).isEqualTo(LocalDate.of(2029, 1, 1)));
	}

	@Test
	void aCountBeforeTheFirstKnownYearSaysSo() {
		assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2017, 12, 27), 1))
			.isInstanceOf(CalendarNotKnown.class)
			.hasMessageContaining("bank holidays before 2018 are not known");
	}

	@Test
	void weekendsAreKnownInAnyYear() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 6, 1))).isFalse();
		assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2030, 6, 3)))
			.isInstanceOf(CalendarNotKnown.class)
			.hasMessageContaining("3 June 2030");
	}

	@Test
	void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
		LocalDate christmasEve = LocalDate.of(2026, 12, 24);
		assertThat(calendar.workingDaysBetween(christmasEve, christmasEve)).isZero();
		assertThat(calendar.workingDaysBetween(christmasEve, LocalDate.of(2026, 12, 28))).isZero();
		assertThat(calendar.workingDaysBetween(christmasEve, LocalDate.of(2026, 12, 30))).isEqualTo(2);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 9, 29))).isEqualTo(40);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 30), christmasEve)).isEqualTo(-2);
	}

	@Test
	void workingDaysBetweenMatchesPlusWorkingDays() {
		LocalDate start = LocalDate.of(2022, 5, 27); // a Friday before the 2022 jubilee week
		for (int days = 0; days <= 30; days++) {
			assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, days))).isEqualTo(days);
		}
		// Thu 2 and Fri 3 June 2022 (moved spring bank holiday and Platinum Jubilee): Mon 30 May = 1 ... Wed 1 June = 3, Mon 6 June = 4
		assertThat(calendar.plusWorkingDays(start, 4)).isEqualTo(LocalDate.of(2022, 6, 6));
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theShippedListHasEachYearsBankHolidays() {
		Map<Integer, Integer> expected = new java.util.TreeMap<>(Map.of(
				2018, 8, 2019, 8,
				2020, 8, // early May bank holiday moved to Friday 8 May (VE day), not an extra day
				2021, 8,
				2022, 10, // spring bank holiday moved to 2 June, plus Platinum Jubilee and the state funeral
				2023, 9, // plus the coronation
				2024, 8, 2025, 8, 2026, 8, 2027, 8));
		expected.put(2028, 8);
		BankHolidays holidays = BankHolidays.englandAndWales();
		assertThat(holidays.countByYear()).isEqualTo(expected);
		assertThat(holidays.all()).hasSize(91);
		assertThat(calendar.firstKnownYear()).isEqualTo(2018);
		assertThat(calendar.lastKnownYear()).isEqualTo(2028);
	}

	@Test
	void theShippedListHasTheMovedAndExtraDays() {
		assertThat(BankHolidays.englandAndWales().dates()).contains(
				LocalDate.of(2020, 5, 8), LocalDate.of(2020, 12, 28),
				LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28),
				LocalDate.of(2022, 1, 3), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
				LocalDate.of(2022, 9, 19), LocalDate.of(2022, 12, 27),
				LocalDate.of(2023, 1, 2), LocalDate.of(2023, 5, 8),
				LocalDate.of(2026, 12, 28), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28),
				LocalDate.of(2028, 1, 3))
			.doesNotContain(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));
	}

	@Test
	void theShippedListHasEasterFromTheEasterSundays() {
		List<LocalDate> easterSundays = List.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 4, 21),
				LocalDate.of(2020, 4, 12), LocalDate.of(2021, 4, 4), LocalDate.of(2022, 4, 17),
				LocalDate.of(2023, 4, 9), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 4, 20),
				LocalDate.of(2026, 4, 5), LocalDate.of(2027, 3, 28), LocalDate.of(2028, 4, 16));
		BankHolidays holidays = BankHolidays.englandAndWales();
		for (LocalDate easter : easterSundays) {
			assertThat(holidays.in(easter.getYear()))
				.anySatisfy(h -> assertThat(h).isEqualTo(new BankHolidays.BankHoliday(easter.minusDays(2), "Good Friday")))
				.anySatisfy(h -> assertThat(h).isEqualTo(new BankHolidays.BankHoliday(easter.plusDays(1), "Easter Monday")));
		}
	}
}
