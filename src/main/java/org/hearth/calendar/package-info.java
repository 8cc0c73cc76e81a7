/**
 * Working days in England: which days are working days and when a deadline of "n working days"
 * falls, from the published England-and-Wales bank holidays. Other modules use
 * {@link org.hearth.calendar.WorkingDayCalendar}; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package org.hearth.calendar;
