package org.motcua.documents.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a register page, chosen from one list without JavaScript: a year ({@code 2026}), a quarter
 * ({@code 2026-Q4}) or a month ({@code 2026-11}).
 *
 * @param key    message key of its name ({@code documents.period.year|quarter|month})
 * @param number the quarter or month (0 for a year)
 */
public record Period(String value, LocalDate from, LocalDate to, String key, int number, int year) {

    private static final Pattern FORM = Pattern.compile("^(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$");

    static Optional<Period> parse(String value) {
        Matcher m = value == null ? null : FORM.matcher(value.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(quarter(year, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(month(year, Integer.parseInt(m.group(3))));
        }
        return Optional.of(year(year));
    }

    static Period year(int year) {
        return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "documents.period.year", 0, year);
    }

    static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
                "documents.period.quarter", quarter, year);
    }

    static Period month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new Period(String.format("%d-%02d", year, month), m.atDay(1), m.atEndOfMonth(),
                "documents.period.month", month, year);
    }

    /** The choices: this year and the last, each as a year, its quarters and its months. */
    static List<Period> choices(int thisYear) {
        List<Period> all = new ArrayList<>();
        for (int year = thisYear; year >= thisYear - 1; year--) {
            all.add(year(year));
            for (int q = 1; q <= 4; q++) {
                all.add(quarter(year, q));
            }
            for (int month = 1; month <= 12; month++) {
                all.add(month(year, month));
            }
        }
        return all;
    }
}
