package org.hearth.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hearth.calendar.BankHolidays.BankHoliday;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank holidays Hearth counts working days with, kept in the database as data an administrator
 * maintains. The first start seeds them from the published England-and-Wales list shipped with
 * Hearth ({@link BankHolidays#ENGLAND_AND_WALES}). Every change is checked against the rules of
 * {@link BankHolidays} (no weekend dates, no year skipped) and given at once to the application's
 * {@link WorkingDayCalendar}.
 */
public class BankHolidayList {

	/** How long before the list runs out administrators are warned. */
	public static final int WARN_MONTHS_BEFORE = 6;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String SEEDED_BY = "published list";

	/** The longest name the list keeps (the column's size). */
	private static final int MAX_TITLE = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WorkingDayCalendar calendar;

	BankHolidayList(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		seedIfEmpty();
		this.calendar = read().calendar();
	}

	/** The calendar the whole application counts with; it follows every change to the list. */
	public WorkingDayCalendar calendar() {
		return calendar;
	}

	/** The list as it is now. */
	public BankHolidays current() {
		return read();
	}

	/**
	 * The warning administrators see from {@value #WARN_MONTHS_BEFORE} months before the list runs
	 * out, or null while it reaches further.
	 */
	public String warningOn(LocalDate today) {
		LocalDate knownUntil = calendar.knownUntil();
		if (today.plusMonths(WARN_MONTHS_BEFORE).isBefore(knownUntil)) {
			return null;
		}
		String when = today.isAfter(knownUntil) ? "ended on " : "ends on ";
		return "The bank holiday list " + when + DAY.format(knownUntil) + ". Add the bank holidays for "
				+ (calendar.lastKnownYear() + 1) + " from GOV.UK: deadlines in working days after that date cannot be worked out.";
	}

	/**
	 * Adds a bank holiday.
	 *
	 * @throws BankHolidayRefused if the date is already listed, falls on a weekend or skips a year,
	 *     or the title is missing or too long
	 */
	@Transactional
	public BankHoliday add(LocalDate date, String title, String by) {
		titleProblem(title).ifPresent(problem -> {
			throw new BankHolidayRefused("title", problem);
		});
		BankHolidays now = read();
		if (now.dates().contains(date)) {
			throw new BankHolidayRefused("day", DAY.format(date) + " is already a bank holiday");
		}
		BankHoliday holiday;
		try {
			holiday = new BankHoliday(date, title);
		}
		catch (IllegalArgumentException e) {
			throw new BankHolidayRefused("day", DAY.format(date) + " is a " + date.getDayOfWeek().getDisplayName(
					java.time.format.TextStyle.FULL, Locale.UK) + ": enter the weekday the bank holiday is taken on (the substitute day)");
		}
		List<BankHoliday> after = new ArrayList<>(now.all());
		after.add(holiday);
		BankHolidays changed = checked(after, "day");
		insert(holiday, by);
		calendar.replaceWith(changed);
		return holiday;
	}

	/**
	 * Removes a bank holiday entered by mistake.
	 *
	 * @throws BankHolidayRefused if the date is not listed, or removing it would leave a year with none
	 *     between others
	 */
	@Transactional
	public BankHoliday remove(LocalDate date) {
		BankHolidays now = read();
		BankHoliday holiday = now.all().stream().filter(h -> h.date().equals(date)).findFirst()
			.orElseThrow(() -> new BankHolidayRefused("day", DAY.format(date) + " is not in the bank holiday list"));
		List<BankHoliday> after = new ArrayList<>(now.all());
		after.remove(holiday);
		if (after.isEmpty()) {
			throw new BankHolidayRefused("day", "The list cannot be left empty");
		}
		BankHolidays changed = checked(after, "day");
		jdbc.sql("DELETE FROM bank_holiday WHERE holiday_on = :date").param("date", date).update();
		calendar.replaceWith(changed);
		return holiday;
	}

	/** What is wrong with a bank holiday's name as typed, or empty when it will do. */
	public static Optional<String> titleProblem(String title) {
		if (title == null || title.isBlank()) {
			return Optional.of("Enter the bank holiday's name, for example Easter Monday");
		}
		if (title.strip().length() > MAX_TITLE) {
			return Optional.of("The bank holiday's name must be " + MAX_TITLE + " characters or fewer");
		}
		return Optional.empty();
	}

	private static BankHolidays checked(List<BankHoliday> holidays, String field) {
		try {
			return new BankHolidays(holidays);
		}
		catch (IllegalArgumentException e) {
			throw new BankHolidayRefused(field, e.getMessage());
		}
	}

	private BankHolidays read() {
		return new BankHolidays(jdbc.sql("SELECT holiday_on, title FROM bank_holiday ORDER BY holiday_on")
			.query((rs, n) -> new BankHoliday(rs.getObject("holiday_on", LocalDate.class), rs.getString("title")))
			.list());
	}

	private void seedIfEmpty() {
		Integer rows = jdbc.sql("SELECT COUNT(*) FROM bank_holiday").query(Integer.class).single();
		if (rows > 0) {
			return;
		}
		try {
			for (BankHoliday holiday : BankHolidays.englandAndWales().all()) {
				insert(holiday, SEEDED_BY);
			}
		}
		catch (DuplicateKeyException e) {
			// another node seeded the list at the same moment
		}
	}

	private void insert(BankHoliday holiday, String by) {
		jdbc.sql("INSERT INTO bank_holiday (holiday_on, title, added_by, added_at) VALUES (:date, :title, :by, :at)")
			.param("date", holiday.date())
			.param("title", holiday.title())
			.param("by", by)
			.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}
}
