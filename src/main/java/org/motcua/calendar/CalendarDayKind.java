package org.motcua.calendar;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What an entry of the calendar table declares about its day. */
public enum CalendarDayKind {
    /** A public holiday or a day off in lieu (ngày nghỉ lễ, nghỉ bù). */
    HOLIDAY("holiday"),
    /** A Saturday or Sunday worked to bridge a gap (ngày làm bù). */
    WORKING_DAY("working_day");

    private final String code;

    CalendarDayKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<CalendarDayKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
