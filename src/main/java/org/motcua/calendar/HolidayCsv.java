package org.motcua.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the table of public holidays and swapped working days shipped with the platform
 * ({@value #RESOURCE}: {@code date,kind,name_vi,name_en}, UTF-8, no quoting). A malformed line stops the start-up with
 * its line number rather than loading a wrong calendar.
 */
final class HolidayCsv {

    static final String RESOURCE = "calendar/vn-public-holidays.csv";
    private static final String HEADER = "date,kind,name_vi,name_en";

    /** One line of the table. */
    record Row(LocalDate date, CalendarDayKind kind, String nameVi, String nameEn) {
    }

    private HolidayCsv() {
    }

    static List<Row> shipped() {
        InputStream in = HolidayCsv.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The holiday table " + RESOURCE + " is missing from the class path");
        }
        return read(in, RESOURCE);
    }

    static List<Row> read(InputStream in, String source) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            if (lines.isEmpty() || !HEADER.equals(lines.get(0).replace("\uFEFF", "").strip())) {
                throw new IllegalStateException(source + ": the first line must be '" + HEADER + "'");
            }
            List<Row> rows = new ArrayList<>();
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                Row row = parse(lines.get(i), source + " line " + (i + 1));
                if (!seen.add(row.date())) {
                    throw new IllegalStateException(source + " line " + (i + 1) + ": " + row.date() + " is listed twice");
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    private static Row parse(String line, String where) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalStateException(where + ": expected 4 columns, found " + cells.length);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": '" + cells[0] + "' is not a date (yyyy-MM-dd)", e);
        }
        CalendarDayKind kind = CalendarDayKind.fromCode(cells[1].strip()).orElseThrow(() ->
                new IllegalStateException(where + ": the kind must be holiday or working_day, not '" + cells[1] + "'"));
        if (kind == CalendarDayKind.WORKING_DAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalStateException(where + ": a swapped working day must be a Saturday or Sunday");
        }
        String nameVi = cells[2].strip();
        String nameEn = cells[3].strip();
        if (nameVi.isEmpty() || nameEn.isEmpty()) {
            throw new IllegalStateException(where + ": both names are required");
        }
        return new Row(date, kind, nameVi, nameEn);
    }
}
