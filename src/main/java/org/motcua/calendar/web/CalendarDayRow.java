package org.motcua.calendar.web;

import org.motcua.calendar.CalendarDay;

import java.time.format.TextStyle;
import java.util.Locale;

/** One entry of the year on the city admin's calendar page. */
public record CalendarDayRow(String date, String weekday, String kindKey, String name, String removeHref) {

    static CalendarDayRow of(CalendarDay day, boolean english) {
        Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return new CalendarDayRow(day.date().toString(), day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                "calendar.admin.kind." + day.kind().code(), english ? day.nameEn() : day.nameVi(),
                "/staff/admin/calendar/" + day.date() + "/remove");
    }
}
