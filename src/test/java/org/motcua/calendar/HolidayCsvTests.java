package org.motcua.calendar;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCsvTests {

    private static List<HolidayCsv.Row> read(String text) {
        return HolidayCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }

    @Test
    void shippedTableHas2025And2026WithTheOnlySwapOn26April2025() {
        // when
        List<HolidayCsv.Row> rows = HolidayCsv.shipped();
        // then
        assertThat(rows).extracting(r -> r.date().getYear()).containsOnly(2025, 2026);
        assertThat(rows).filteredOn(r -> r.kind() == CalendarDayKind.WORKING_DAY).extracting(HolidayCsv.Row::date)
                .containsExactly(LocalDate.of(2025, 4, 26));
        assertThat(rows).filteredOn(r -> r.date().equals(LocalDate.of(2026, 2, 16))).singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(CalendarDayKind.HOLIDAY);
                    assertThat(r.nameVi()).isEqualTo("Tết Nguyên đán");
                    assertThat(r.nameEn()).isEqualTo("Lunar New Year");
                });
        assertThat(rows).extracting(HolidayCsv.Row::date).contains(LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 11, 24), LocalDate.of(2025, 5, 2));
    }

    @Test
    void shippedTableListsTheTwelveWeekdayHolidaysOfEachYear() {
        // given the Labour Code's 11 days plus the Tết break or in-lieu days that fall on weekdays
        List<HolidayCsv.Row> rows = HolidayCsv.shipped();
        for (int year : new int[]{2025, 2026}) {
            // when
            long weekdayHolidays = rows.stream().filter(r -> r.date().getYear() == year)
                    .filter(r -> r.kind() == CalendarDayKind.HOLIDAY)
                    .filter(r -> r.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()).count();
            // then
            assertThat(weekdayHolidays).as("%d", year).isEqualTo(12);
        }
    }

    @Test
    void readsRowsAndSkipsBlankLinesAndByteOrderMark() {
        List<HolidayCsv.Row> rows = read("\uFEFFdate,kind,name_vi,name_en\n2027-01-01,holiday,Tết Dương lịch,New Year's Day\n\n");
        assertThat(rows).containsExactly(new HolidayCsv.Row(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY,
                "Tết Dương lịch", "New Year's Day"));
    }

    @Test
    void malformedTableStopsWithTheLineNumber() {
        String header = "date,kind,name_vi,name_en\n";
        assertThatThrownBy(() -> read("day,kind\n")).hasMessageContaining("first line");
        assertThatThrownBy(() -> read(header + "2027-01-01,holiday,Tết\n")).hasMessageContaining("line 2")
                .hasMessageContaining("4 columns");
        assertThatThrownBy(() -> read(header + "2027-13-01,holiday,a,b\n")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> read(header + "2027-01-01,day_off,a,b\n")).hasMessageContaining("kind");
        assertThatThrownBy(() -> read(header + "2027-01-06,working_day,a,b\n"))
                .hasMessageContaining("Saturday or Sunday");
        assertThatThrownBy(() -> read(header + "2027-01-01,holiday,a,\n")).hasMessageContaining("both names");
        assertThatThrownBy(() -> read(header + "2027-01-01,holiday,a,b\n2027-01-01,holiday,c,d\n"))
                .hasMessageContaining("line 3").hasMessageContaining("twice");
    }
}
