package org.motcua.calendar.web;

/** The answers of the "add a holiday or swap" form, kept when it is shown again with errors. */
public record CalendarDayForm(String date, String kind, String nameVi, String nameEn) {
}
