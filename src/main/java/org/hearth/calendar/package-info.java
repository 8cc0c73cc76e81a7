/**
 * Working days in England: which days are working days and when a deadline of "n working days"
 * falls, from the England-and-Wales bank holidays. The list is data an administrator maintains
 * ({@link org.hearth.calendar.BankHolidayList}), seeded from the published list. Other modules use
 * {@link org.hearth.calendar.WorkingDayCalendar}; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package org.hearth.calendar;
