package org.hearth.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * England-and-Wales bank holidays, as published on GOV.UK, substitute days included.
 *
 * <p>Hearth ships them in {@value #ENGLAND_AND_WALES} (columns {@code date,title}). An
 * administrator-maintained list can add more with {@link #englandAndWales(Collection)}. The years
 * covered run from the earliest to the latest year in the list, so add a later year's holidays
 * all at once: once one of its dates is in the list, the whole year counts as known.
 */
public final class BankHolidays {

	/** The classpath resource with the published England-and-Wales bank holidays. */
	public static final String ENGLAND_AND_WALES = "calendar/bank-holidays-england-and-wales.csv";

	/** One bank holiday: its date and its published name. */
	public record BankHoliday(LocalDate date, String title) {

		public BankHoliday {
			Objects.requireNonNull(date, "date");
			if (title == null || title.isBlank()) {
				throw new IllegalArgumentException("The bank holiday on " + date + " needs a title");
			}
			if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				throw new IllegalArgumentException("The bank holiday " + title + " on " + date
						+ " falls on a weekend; enter the substitute weekday instead");
			}
			title = title.strip();
		}
	}

	private final NavigableMap<LocalDate, BankHoliday> byDate;

	/**
	 * The given bank holidays. A date given twice keeps the later entry, so a list of additions
	 * placed after the published ones can correct a title.
	 *
	 * @throws IllegalArgumentException if the list is empty or skips a year between its first and
	 *     last year (every year in England has bank holidays)
	 */
	public BankHolidays(Collection<BankHoliday> holidays) {
		NavigableMap<LocalDate, BankHoliday> sorted = new TreeMap<>();
		for (BankHoliday holiday : holidays) {
			sorted.put(holiday.date(), holiday);
		}
		if (sorted.isEmpty()) {
			throw new IllegalArgumentException("No bank holidays given");
		}
		Set<Integer> years = sorted.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet());
		for (int year = sorted.firstKey().getYear(); year <= sorted.lastKey().getYear(); year++) {
			if (!years.contains(year)) {
				throw new IllegalArgumentException("The bank holidays skip " + year
						+ ": add that year's holidays before any later year's");
			}
		}
		this.byDate = sorted;
	}

	/** The published England-and-Wales bank holidays shipped with Hearth. */
	public static BankHolidays englandAndWales() {
		return englandAndWales(List.of());
	}

	/**
	 * The published England-and-Wales bank holidays shipped with Hearth, plus {@code additional}
	 * ones (for example later years entered by an administrator).
	 */
	public static BankHolidays englandAndWales(Collection<BankHoliday> additional) {
		List<BankHoliday> all = new ArrayList<>(readPublished());
		all.addAll(additional);
		return new BankHolidays(all);
	}

	private static List<BankHoliday> readPublished() {
		InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(ENGLAND_AND_WALES);
		if (in == null) {
			throw new IllegalStateException("The bank holiday list " + ENGLAND_AND_WALES + " is missing");
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return readCsv(reader, ENGLAND_AND_WALES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + ENGLAND_AND_WALES, ex);
		}
	}

	/**
	 * Reads bank holidays from CSV text with the header {@code date,title}, one ISO date
	 * ({@code 2026-12-28}) and title a line. The title is everything after the first comma.
	 *
	 * @param source names the text in error messages
	 * @throws IllegalArgumentException naming the line, if a line is not a valid bank holiday
	 */
	public static List<BankHoliday> readCsv(Reader csv, String source) throws IOException {
		BufferedReader lines = new BufferedReader(csv);
		String header = lines.readLine();
		if (header == null || !header.strip().replace("\uFEFF", "").equalsIgnoreCase("date,title")) {
			throw new IllegalArgumentException(source + " must start with the header line date,title");
		}
		List<BankHoliday> holidays = new ArrayList<>();
		int lineNumber = 1;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			String[] columns = line.split(",", 2);
			if (columns.length < 2) {
				throw new IllegalArgumentException(source + " line " + lineNumber + ": expected date,title but got " + line);
			}
			try {
				holidays.add(new BankHoliday(LocalDate.parse(columns[0].strip()), columns[1]));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				throw new IllegalArgumentException(source + " line " + lineNumber + ": " + ex.getMessage(), ex);
			}
		}
		return holidays;
	}

	/** Every bank holiday, in date order. */
	public List<BankHoliday> all() {
		return List.copyOf(byDate.values());
	}

	/** The dates of every bank holiday. */
	public Set<LocalDate> dates() {
		return Set.copyOf(byDate.keySet());
	}

	/** The bank holidays in {@code year}, in date order (empty for a year not covered). */
	public List<BankHoliday> in(int year) {
		return List.copyOf(byDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
	}

	/** How many bank holidays each covered year has. */
	public Map<Integer, Integer> countByYear() {
		Map<Integer, Integer> counts = new TreeMap<>();
		for (int year = firstYear(); year <= lastYear(); year++) {
			counts.put(year, in(year).size());
		}
		return counts;
	}

	/** The first year covered. */
	public int firstYear() {
		return byDate.firstKey().getYear();
	}

	/** The last year covered: working days after it are not known. */
	public int lastYear() {
		return byDate.lastKey().getYear();
	}

	/** A working-day calendar that knows these bank holidays and the years they cover. */
	public WorkingDayCalendar calendar() {
		return new WorkingDayCalendar(dates(), firstYear(), lastYear());
	}
}
