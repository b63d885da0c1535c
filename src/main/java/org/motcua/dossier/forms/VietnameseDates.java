package org.motcua.dossier.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as Vietnamese official documents write them, always in Ho Chi Minh City time. In the long form
 * Decree 30/2020/NĐ-CP puts a zero before days under 10 and before months 1 and 2 only ("ngày 05 tháng 02 năm
 * 2026", "ngày 15 tháng 3 năm 2026").
 */
final class VietnameseDates {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private VietnameseDates() {
    }

    /** {@code ngày 05 tháng 02 năm 2026}. */
    static String longDate(ZonedDateTime at) {
        return longDate(local(at).toLocalDate());
    }

    static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
                month <= 2 ? "0" + month : Integer.toString(month), date.getYear());
    }

    /** {@code Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026}: the place-and-date line of the heading. */
    static String placeAndDate(String place, ZonedDateTime at) {
        return place + ", " + longDate(at);
    }

    /** {@code 08 giờ 30 phút, ngày 15/01/2026}. */
    static String timeAndDate(ZonedDateTime at) {
        ZonedDateTime local = local(at);
        return "%02d giờ %02d phút, ngày %s".formatted(local.getHour(), local.getMinute(), NUMERIC.format(local));
    }

    /** {@code 15/01/2026}. */
    static String numeric(ZonedDateTime at) {
        return NUMERIC.format(local(at));
    }

    static String numeric(LocalDate date) {
        return NUMERIC.format(date);
    }

    /** {@code 08:30 15/01/2026}, for table cells; empty for an absent time. */
    static String compact(ZonedDateTime at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = local(at);
        return CLOCK.format(local) + " " + NUMERIC.format(local);
    }

    private static ZonedDateTime local(ZonedDateTime at) {
        return at.withZoneSameInstant(ZONE);
    }
}
