package org.hearth.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the England working-day calendar, built from the published bank holidays, a bean. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar() {
		return BankHolidays.englandAndWales().calendar();
	}
}
