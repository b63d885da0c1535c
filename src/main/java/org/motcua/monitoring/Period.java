package org.motcua.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}), in Ho Chi Minh
 * City time.
 *
 * @param first the first month of the period
 * @param last  the last month of the period (inclusive)
 */
public record Period(String label, YearMonth first, YearMonth last) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Parses a period, or throws {@link IllegalArgumentException} saying which forms are accepted. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 01 to 12");
            }
            YearMonth ym = YearMonth.of(year(m.group(1)), month);
            return new Period(ym.toString(), ym, ym);
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            int q = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(year(m.group(1)), 3 * q - 2);
            return new Period(first.getYear() + "-Q" + q, first, first.plusMonths(2));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            int y = year(m.group(1));
            return new Period(String.valueOf(y), YearMonth.of(y, 1), YearMonth.of(y, 12));
        }
        throw new IllegalArgumentException("'" + t + "' is not a month (2026-11), a quarter (2026-Q4) or a year (2026)");
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        return year;
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month, month);
    }

    /** The first day of the first month. */
    public LocalDate from() {
        return first.atDay(1);
    }

    /** The first day of the last month (months are stored by their first day). */
    public LocalDate lastMonthStart() {
        return last.atDay(1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
