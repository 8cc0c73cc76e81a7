package org.hearth.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bank holiday list, kept in the database, and the England working-day calendar it makes:
 * one calendar for the whole application, which follows every change to the list.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	BankHolidayList bankHolidayList(JdbcClient jdbc, Clock clock) {
		return new BankHolidayList(jdbc, clock);
	}

	@Bean
	WorkingDayCalendar workingDayCalendar(BankHolidayList list) {
		return list.calendar();
	}
}
