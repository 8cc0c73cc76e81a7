package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hearth.calendar.BankHolidays.BankHoliday;
import org.junit.jupiter.api.Test;

class BankHolidaysTests {

	private static List<BankHoliday> year2029() {
		return List.of(new BankHoliday(LocalDate.of(2029, 1, 1), "New Year's Day"),
				new BankHoliday(LocalDate.of(2029, 3, 30), "Good Friday"),
				new BankHoliday(LocalDate.of(2029, 4, 2), "Easter Monday"));
	}

	@Test
	void anAdministratorsAdditionsExtendTheCalendar() {
		BankHolidays extended = BankHolidays.englandAndWales(year2029());
		assertThat(extended.lastYear()).isEqualTo(2029);
		assertThat(extended.in(2029)).hasSize(3);

		WorkingDayCalendar calendar = extended.calendar();
		// Fri 29 Dec 2028; Mon 1 Jan 2029 is New Year's Day; Tue 2 = 1
		assertThat(calendar.plusWorkingDays(LocalDate.of(2028, 12, 29), 1)).isEqualTo(LocalDate.of(2029, 1, 2));
		assertThat(calendar.lastKnownYear()).isEqualTo(2029);
	}

	@Test
	void anAdditionOnAPublishedDateReplacesItsTitle() {
		BankHolidays corrected = BankHolidays
			.englandAndWales(List.of(new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute)")));
		assertThat(corrected.all()).hasSize(91);
		assertThat(corrected.in(2026)).last().extracting(BankHoliday::title).isEqualTo("Boxing Day (substitute)");
	}

	@Test
	void aSkippedYearIsRefused() {
		assertThatThrownBy(() -> BankHolidays
			.englandAndWales(List.of(new BankHoliday(LocalDate.of(2030, 1, 1), "New Year's Day"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("skip 2029");
	}

	@Test
	void aBankHolidayOnAWeekendIsRefused() {
		assertThatThrownBy(() -> new BankHoliday(LocalDate.of(2026, 12, 26), "Boxing Day"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("weekend");
	}

	@Test
	void readsTheCsvAndNamesTheBadLine() throws Exception {
		assertThat(BankHolidays.readCsv(new StringReader("date,title\n2026-12-25,Christmas Day\n\n"), "test"))
			.containsExactly(new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"));
		assertThatThrownBy(() -> BankHolidays.readCsv(new StringReader("date,title\n2026-12-25,Christmas Day\n2026-13-01,Nope\n"), "test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("test line 3:");
		assertThatThrownBy(() -> BankHolidays.readCsv(new StringReader("2026-12-25,Christmas Day\n"), "test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("header");
	}

	/**
	 * Checks every shipped date against the rules that make England's bank holidays, worked out
	 * here independently of the list: a mistyped date in any year fails this test.
	 */
	@Test
	void theShippedListFollowsTheRulesApartFromTheOneOffChanges() {
		Map<Integer, LocalDate> easterSundays = new java.util.HashMap<>(Map.of(2018, LocalDate.of(2018, 4, 1),
				2019, LocalDate.of(2019, 4, 21), 2020, LocalDate.of(2020, 4, 12), 2021, LocalDate.of(2021, 4, 4),
				2022, LocalDate.of(2022, 4, 17), 2023, LocalDate.of(2023, 4, 9), 2024, LocalDate.of(2024, 3, 31),
				2025, LocalDate.of(2025, 4, 20), 2026, LocalDate.of(2026, 4, 5), 2027, LocalDate.of(2027, 3, 28)));
		easterSundays.put(2028, LocalDate.of(2028, 4, 16));
		Set<LocalDate> expected = new TreeSet<>();
		for (int year = 2018; year <= 2028; year++) {
			expected.add(nextWeekday(LocalDate.of(year, 1, 1), Set.of()));
			expected.add(easterSundays.get(year).minusDays(2));
			expected.add(easterSundays.get(year).plusDays(1));
			expected.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
			expected.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
			expected.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
			LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25), Set.of());
			expected.add(christmas);
			expected.add(nextWeekday(LocalDate.of(year, 12, 26), Set.of(christmas)));
		}
		// One-off changes
		expected.remove(LocalDate.of(2020, 5, 4)); // early May bank holiday moved to VE day...
		expected.add(LocalDate.of(2020, 5, 8)); // ...Friday 8 May 2020
		expected.remove(LocalDate.of(2022, 5, 30)); // spring bank holiday moved to...
		expected.add(LocalDate.of(2022, 6, 2)); // ...Thursday 2 June 2022
		expected.add(LocalDate.of(2022, 6, 3)); // Platinum Jubilee
		expected.add(LocalDate.of(2022, 9, 19)); // state funeral of Queen Elizabeth II
		expected.add(LocalDate.of(2023, 5, 8)); // coronation of King Charles III

		assertThat(new TreeSet<>(BankHolidays.englandAndWales().dates())).containsExactlyElementsOf(expected);
	}

	/** {@code date}, or the first weekday after it that is not already {@code taken}. */
	private static LocalDate nextWeekday(LocalDate date, Set<LocalDate> taken) {
		LocalDate day = date;
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(day)) {
			day = day.plusDays(1);
		}
		return day;
	}
}
