package org.hearth.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class CalendarConfigurationTests {

	@Test
	void theCalendarBeanKnowsThePublishedBankHolidays() {
		try (var context = new AnnotationConfigApplicationContext(CalendarConfiguration.class)) {
			WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
			assertThat(calendar.lastKnownYear()).isEqualTo(2027);
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
		}
	}
}
