/**
 * Working days, public holidays and working hours, and the deadline arithmetic in working time that every time limit
 * of the platform uses ({@link org.motcua.calendar.WorkingCalendars}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar",
        allowedDependencies = {"audit", "problem", "web"})
package org.motcua.calendar;
