package org.hearth.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Counts working days in England: every day except Saturdays, Sundays and England-and-Wales bank
 * holidays (substitute days included).
 *
 * <p>The convention for a deadline of "n working days": the start day is day 0, and each later
 * working day counts one. So 2 working days from Thursday 24 December 2026 is Wednesday
 * 30 December 2026 (25 December and the substitute Boxing Day on 28 December are bank holidays).
 *
 * <p>The calendar knows bank holidays for the years {@link #firstKnownYear()} to
 * {@link #lastKnownYear()}. Weekends are always known; a weekday outside those years cannot be
 * judged, and any count that needs one throws {@link CalendarNotKnown} rather than guessing.
 *
 * <p>The application's calendar is live: when an administrator changes the bank holiday list,
 * {@link BankHolidayList} gives the same calendar the new list, so every module that holds it
 * counts with the list as it is now.
 */
public final class WorkingDayCalendar {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** What the calendar knows at one moment; replaced whole, so a count never sees half a change. */
	private record Known(Set<LocalDate> bankHolidays, int firstKnownYear, int lastKnownYear) {

		Known {
			bankHolidays = Set.copyOf(bankHolidays);
			if (firstKnownYear > lastKnownYear) {
				throw new IllegalArgumentException(
						"The first known year (" + firstKnownYear + ") is after the last (" + lastKnownYear + ")");
			}
		}
	}

	private volatile Known known;

	/**
	 * A calendar that knows the given bank holidays, for the years from the earliest of them up to
	 * and including {@code lastKnownYear}.
	 */
	public WorkingDayCalendar(Collection<LocalDate> bankHolidays, int lastKnownYear) {
		this(bankHolidays, earliestYear(bankHolidays), lastKnownYear);
	}

	/**
	 * A calendar that knows the given bank holidays, for the years {@code firstKnownYear} to
	 * {@code lastKnownYear} inclusive.
	 */
	public WorkingDayCalendar(Collection<LocalDate> bankHolidays, int firstKnownYear, int lastKnownYear) {
		Objects.requireNonNull(bankHolidays, "bankHolidays");
		this.known = new Known(Set.copyOf(bankHolidays), firstKnownYear, lastKnownYear);
	}

	/** Counts from now on with {@code holidays}, the list an administrator has just changed. */
	void replaceWith(BankHolidays holidays) {
		this.known = new Known(holidays.dates(), holidays.firstYear(), holidays.lastYear());
	}

	private static int earliestYear(Collection<LocalDate> bankHolidays) {
		return Objects.requireNonNull(bankHolidays, "bankHolidays").stream()
			.mapToInt(LocalDate::getYear)
			.min()
			.orElseThrow(() -> new IllegalArgumentException("A working-day calendar needs at least one bank holiday"));
	}

	public int firstKnownYear() {
		return known.firstKnownYear();
	}

	public int lastKnownYear() {
		return known.lastKnownYear();
	}

	/** The last day whose bank holidays are known: 31 December of {@link #lastKnownYear()}. */
	public LocalDate knownUntil() {
		return LocalDate.of(lastKnownYear(), 12, 31);
	}

	/**
	 * The date {@code days} working days after {@code start}, where {@code start} is day 0.
	 * With {@code days} 0 the answer is {@code start} itself, whatever day it is.
	 *
	 * @throws CalendarNotKnown if the count runs through a year whose bank holidays are not known
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		Objects.requireNonNull(start, "start");
		if (days < 0) {
			throw new IllegalArgumentException("Cannot count a negative number of working days (" + days + ")");
		}
		Known now = known;
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(now, day, "count " + days + " working days from " + DAY.format(start))) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Whether {@code date} is a working day.
	 *
	 * @throws CalendarNotKnown if {@code date} is a weekday in a year whose bank holidays are not known
	 */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return isWorkingDay(known, date, "tell whether " + DAY.format(date) + " is a working day");
	}

	/**
	 * The number of working days after {@code from} up to and including {@code to}: the same
	 * convention as {@link #plusWorkingDays}, so
	 * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. The same day gives 0; when
	 * {@code to} is before {@code from} the answer is negative
	 * ({@code -workingDaysBetween(to, from)}).
	 *
	 * @throws CalendarNotKnown if the span includes a weekday in a year whose bank holidays are not known
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		String purpose = "count the working days from " + DAY.format(from) + " to " + DAY.format(to);
		Known now = known;
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(now, day, purpose)) {
				count++;
			}
		}
		return count;
	}

	private static boolean isWorkingDay(Known known, LocalDate date, String purpose) {
		if (isWeekend(date)) {
			return false;
		}
		if (date.getYear() > known.lastKnownYear()) {
			throw new CalendarNotKnown(date, "Cannot " + purpose + ": bank holidays after " + known.lastKnownYear()
					+ " are not known yet. An administrator can add them.");
		}
		if (date.getYear() < known.firstKnownYear()) {
			throw new CalendarNotKnown(date, "Cannot " + purpose + ": bank holidays before " + known.firstKnownYear()
					+ " are not known. An administrator can add them.");
		}
		return !known.bankHolidays().contains(date);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	@Override
	public String toString() {
		Known now = known;
		return "WorkingDayCalendar[" + now.bankHolidays().size() + " bank holidays, " + now.firstKnownYear() + "-"
				+ now.lastKnownYear() + "]";
	}
}
