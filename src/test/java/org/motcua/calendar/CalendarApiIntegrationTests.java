package org.motcua.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditEntry;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar API on the running platform and its embedded PostgreSQL. Tests that change the table use their own
 * dates in 2026 (July–October) and restore what they changed.
 */
@PlatformTest
class CalendarApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    CalendarSeeder seeder;

    @Autowired
    WorkingCalendars calendars;

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    private ApiClient cityAdmin() {
        return ApiClient.as(port, "city.admin");
    }

    private ApiClient.Response due(String from, String workingDays) {
        return anonymous().get("/api/v1/calendar/due?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&workingDays=" + URLEncoder.encode(workingDays, StandardCharsets.UTF_8));
    }

    private String dueAt(String from, String workingDays) {
        ApiClient.Response response = due(from, workingDays);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("due").asString();
    }

    private boolean working(String date) {
        return anonymous().get("/api/v1/calendar/working-day?date=" + date).json().get("working").asBoolean();
    }

    private static Map<String, String> day(String kind, String nameVi, String nameEn) {
        return Map.of("kind", kind, "nameVi", nameVi, "nameEn", nameEn);
    }

    @Test
    void dueDateSkipsTetHolidays() {
        // when
        ApiClient.Response response = due("2026-02-13T17:00:00+07:00", "1");
        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("due").asString()).isEqualTo("2026-02-23T17:00:00+07:00");
        assertThat(response.json().has("calendarIncomplete")).isFalse();
    }

    @Test
    void utcInputIsAnsweredInVietnamTime() {
        assertThat(dueAt("2026-02-13T01:00:00Z", "1")).isEqualTo("2026-02-23T08:00:00+07:00");
    }

    @Test
    void fractionalLimitsCountWorkingHours() {
        assertThat(dueAt("2026-03-02T07:30:00+07:00", "0.5")).isEqualTo("2026-03-02T11:30:00+07:00");
        assertThat(dueAt("2026-03-02T09:00:00+07:00", "2.75")).isEqualTo("2026-03-04T16:30:00+07:00");
        assertThat(dueAt("2026-03-02T07:30:00+07:00", "0.01")).isEqualTo("2026-03-02T07:34:48+07:00");
    }

    @Test
    void unencodedPlusOfTheOffsetIsAccepted() {
        // given a client that did not encode '+', which the query string turns into a space
        ApiClient.Response response = anonymous().get("/api/v1/calendar/due?from=2026-03-06T17:00:00+07:00&workingDays=1");
        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("due").asString()).isEqualTo("2026-03-09T17:00:00+07:00");
    }

    @Test
    void zeroWorkingDaysAppliesTheSameDayRule() {
        assertThat(dueAt("2026-03-02T14:59:00+07:00", "0")).isEqualTo("2026-03-02T17:00:00+07:00");
        assertThat(dueAt("2026-03-02T15:01:00+07:00", "0")).isEqualTo("2026-03-03T17:00:00+07:00");
        assertThat(dueAt("2026-02-13T15:30:00+07:00", "0")).isEqualTo("2026-02-23T17:00:00+07:00");
    }

    @Test
    void largestLimitIsAcceptedAndReportsTheMissingYears() {
        // when
        ApiClient.Response response = due("2026-03-02T09:00:00+07:00", "3650");
        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("due").asString()).isEqualTo("2040-03-06T09:00:00+07:00");
        assertThat(response.json().get("calendarIncomplete").asBoolean()).isTrue();
    }

    @Test
    void deadlineInAYearWithoutHolidayDataIsFlaggedIncomplete() {
        // given no holidays are recorded for 2027
        // when
        ApiClient.Response response = due("2027-03-01T09:00:00+07:00", "1");
        // then
        assertThat(response.json().get("due").asString()).isEqualTo("2027-03-02T09:00:00+07:00");
        assertThat(response.json().get("calendarIncomplete").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "from missing             | workingDays=1                                       | from",
            "from empty               | from=&workingDays=1                                 | from",
            "from unparsable          | from=tomorrow&workingDays=1                         | from",
            "from without offset      | from=2026-03-02T09:00:00&workingDays=1              | from",
            "from a date only         | from=2026-03-02&workingDays=1                       | from",
            "from in year 1           | from=0001-01-01T00:00:00Z&workingDays=1             | from",
            "workingDays missing      | from=2026-03-02T09:00:00Z                           | workingDays",
            "workingDays empty        | from=2026-03-02T09:00:00Z&workingDays=              | workingDays",
            "workingDays unparsable   | from=2026-03-02T09:00:00Z&workingDays=abc           | workingDays",
            "workingDays NaN          | from=2026-03-02T09:00:00Z&workingDays=NaN           | workingDays",
            "workingDays Infinity     | from=2026-03-02T09:00:00Z&workingDays=Infinity      | workingDays",
            "workingDays negative     | from=2026-03-02T09:00:00Z&workingDays=-1            | workingDays",
            "workingDays minus half   | from=2026-03-02T09:00:00Z&workingDays=-0.5          | workingDays",
            "workingDays over 3650    | from=2026-03-02T09:00:00Z&workingDays=3650.01       | workingDays",
            "workingDays absurd       | from=2026-03-02T09:00:00Z&workingDays=1e9           | workingDays",
            "workingDays 3 decimals   | from=2026-03-02T09:00:00Z&workingDays=0.125         | workingDays",
            "workingDays comma        | from=2026-03-02T09:00:00Z&workingDays=1,5           | workingDays",
    })
    void badParameterIsA400NamingIt(String description, String query, String parameter) {
        // when
        ApiClient.Response response = anonymous().get("/api/v1/calendar/due?" + query);
        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("invalid-parameter");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(parameter);
    }

    @Test
    void trailingZerosAreNotExtraDecimalPlaces() {
        assertThat(dueAt("2026-03-02T07:30:00+07:00", "0.500")).isEqualTo("2026-03-02T11:30:00+07:00");
    }

    @Test
    void listsTheHolidaysAndSwapsOfAYear() {
        // when
        JsonNode days2026 = anonymous().get("/api/v1/calendar/days?year=2026").json();
        JsonNode days2025 = anonymous().get("/api/v1/calendar/days?year=2025").json();
        // then
        assertThat(days2026.findValuesAsString("date")).contains("2026-01-01", "2026-02-16", "2026-02-20",
                "2026-04-27", "2026-11-24").allMatch(d -> d.startsWith("2026-")).isSorted();
        JsonNode tet = days2026.valueStream().filter(d -> d.get("date").asString().equals("2026-02-16"))
                .findFirst().orElseThrow();
        assertThat(tet.get("kind").asString()).isEqualTo("holiday");
        assertThat(tet.get("nameVi").asString()).isEqualTo("Tết Nguyên đán");
        assertThat(tet.get("nameEn").asString()).isEqualTo("Lunar New Year");
        assertThat(tet.has("updatedBy")).as("who changed it is in the audit trail only").isFalse();
        assertThat(days2025.valueStream().filter(d -> d.get("kind").asString().equals("working_day"))
                .map(d -> d.get("date").asString())).containsExactly("2025-04-26");
    }

    @Test
    void yearOutsideTheTableOrUnparsableIsA400NamingIt() {
        for (String year : List.of("1999", "abc")) {
            ApiClient.Response response = anonymous().get("/api/v1/calendar/days?year=" + year);
            assertThat(response.status()).as(year).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        }
    }

    @Test
    void workingDayExplainsWhy() {
        // when
        JsonNode hungKings = anonymous().get("/api/v1/calendar/working-day?date=2026-04-27").json();
        JsonNode swap = anonymous().get("/api/v1/calendar/working-day?date=2025-04-26").json();
        JsonNode saturday = anonymous().get("/api/v1/calendar/working-day?date=2026-03-07").json();
        JsonNode wednesday = anonymous().get("/api/v1/calendar/working-day?date=2026-03-04").json();
        JsonNode future = anonymous().get("/api/v1/calendar/working-day?date=2027-03-03").json();
        // then
        assertThat(hungKings.get("working").asBoolean()).isFalse();
        assertThat(hungKings.get("reason").asString()).isEqualTo("holiday");
        assertThat(hungKings.get("nameVi").asString()).startsWith("Giỗ Tổ Hùng Vương");
        assertThat(swap.get("working").asBoolean()).isTrue();
        assertThat(swap.get("reason").asString()).isEqualTo("swapped_working_day");
        assertThat(saturday.get("working").asBoolean()).isFalse();
        assertThat(saturday.get("reason").asString()).isEqualTo("weekend");
        assertThat(wednesday.get("working").asBoolean()).isTrue();
        assertThat(wednesday.get("reason").asString()).isEqualTo("weekday");
        assertThat(wednesday.has("calendarIncomplete")).isFalse();
        assertThat(future.get("calendarIncomplete").asBoolean()).isTrue();
        assertThat(anonymous().get("/api/v1/calendar/working-day?date=2026-02-30").status()).isEqualTo(400);
    }

    @Test
    void adminHolidayChangesDueDatesAtOnceAndIsAudited() {
        // given Wednesday 15 July 2026 is an ordinary working day
        assertThat(dueAt("2026-07-14T17:00:00+07:00", "1")).isEqualTo("2026-07-15T17:00:00+07:00");
        try {
            // when the city admin declares it a holiday
            ApiClient.Response set = cityAdmin().put("/api/v1/calendar/days/2026-07-15",
                    day("holiday", "Nghỉ lễ thử nghiệm", "Test holiday"));
            // then
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().get("kind").asString()).isEqualTo("holiday");
            assertThat(dueAt("2026-07-14T17:00:00+07:00", "1")).isEqualTo("2026-07-16T17:00:00+07:00");
            AuditEntry entry = audit.recent("calendar-day:2026-07-15", 10).get(0);
            assertThat(entry.action()).isEqualTo("CALENDAR_DAY_SET");
            assertThat(entry.actor()).isEqualTo("city.admin");
            assertThat(entry.details()).doesNotContainKey("old");
            assertThat(entry.details().get("new")).isEqualTo(Map.of("kind", "holiday",
                    "nameVi", "Nghỉ lễ thử nghiệm", "nameEn", "Test holiday"));
        } finally {
            // when it removes it again
            ApiClient.Response removed = cityAdmin().delete("/api/v1/calendar/days/2026-07-15");
            assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        }
        // then the day counts again, and the removal is audited with the old values
        assertThat(dueAt("2026-07-14T17:00:00+07:00", "1")).isEqualTo("2026-07-15T17:00:00+07:00");
        AuditEntry removal = audit.recent("calendar-day:2026-07-15", 10).get(0);
        assertThat(removal.action()).isEqualTo("CALENDAR_DAY_REMOVED");
        assertThat(removal.details().get("old")).isEqualTo(Map.of("kind", "holiday",
                "nameVi", "Nghỉ lễ thử nghiệm", "nameEn", "Test holiday"));
    }

    @Test
    void replacingAnEntryAuditsOldAndNewValues() {
        try {
            // given
            cityAdmin().put("/api/v1/calendar/days/2026-07-22", day("holiday", "Tên cũ", "Old name"));
            // when
            ApiClient.Response replaced = cityAdmin().put("/api/v1/calendar/days/2026-07-22",
                    day("holiday", "Tên mới", "New name"));
            // then
            assertThat(replaced.json().get("nameVi").asString()).isEqualTo("Tên mới");
            List<AuditEntry> entries = audit.recent("calendar-day:2026-07-22", 10);
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).details()).containsEntry("old",
                    Map.of("kind", "holiday", "nameVi", "Tên cũ", "nameEn", "Old name"));
            assertThat(entries.get(0).details()).containsEntry("new",
                    Map.of("kind", "holiday", "nameVi", "Tên mới", "nameEn", "New name"));
            // and putting the same entry again changes nothing and adds no audit entry
            cityAdmin().put("/api/v1/calendar/days/2026-07-22", day("holiday", "Tên mới", "New name"));
            assertThat(audit.recent("calendar-day:2026-07-22", 10)).hasSize(2);
        } finally {
            cityAdmin().delete("/api/v1/calendar/days/2026-07-22");
        }
    }

    @Test
    void adminSwappedSaturdayBecomesAWorkingDay() {
        // given Saturday 8 August 2026 is off: a day from Friday's close ends on Monday
        assertThat(dueAt("2026-08-07T17:00:00+07:00", "1")).isEqualTo("2026-08-10T17:00:00+07:00");
        try {
            // when
            ApiClient.Response set = cityAdmin().put("/api/v1/calendar/days/2026-08-08",
                    day("working_day", "Làm bù thử nghiệm", "Test working Saturday"));
            // then
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(working("2026-08-08")).isTrue();
            assertThat(dueAt("2026-08-07T17:00:00+07:00", "1")).isEqualTo("2026-08-08T17:00:00+07:00");
        } finally {
            cityAdmin().delete("/api/v1/calendar/days/2026-08-08");
        }
        assertThat(working("2026-08-08")).isFalse();
    }

    @Test
    void invalidEntryIsA422WithFieldErrors() {
        // when a swapped working day is put on a Wednesday and the names are missing
        ApiClient.Response response = cityAdmin().put("/api/v1/calendar/days/2026-10-14",
                Map.of("kind", "working_day", "nameVi", " "));
        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-calendar-day");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("kind", "nameVi", "nameEn");
        // and an unknown kind is named too
        ApiClient.Response unknownKind = cityAdmin().put("/api/v1/calendar/days/2026-10-14",
                day("day_off", "Nghỉ", "Off"));
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(unknownKind.json().get("errors").findValuesAsString("field")).containsExactly("kind");
        // and nothing was stored
        assertThat(working("2026-10-14")).isTrue();
        assertThat(audit.recent("calendar-day:2026-10-14", 10)).isEmpty();
    }

    @Test
    void unparsableDateIsA400NamingIt() {
        ApiClient.Response response = cityAdmin().put("/api/v1/calendar/days/2026-13-01",
                day("holiday", "Nghỉ", "Off"));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
    }

    @Test
    void removingADayWithoutEntryIsA404() {
        ApiClient.Response response = cityAdmin().delete("/api/v1/calendar/days/2026-10-15");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("calendar-day-not-found");
    }

    @Test
    void onlyTheCityAdminChangesTheCalendar() {
        // when a ward admin, the city auditor and an anonymous caller try
        ApiClient.Response wardAdmin = ApiClient.as(port, "ben-thanh.admin").put("/api/v1/calendar/days/2026-10-14",
                day("holiday", "Nghỉ", "Off"));
        ApiClient.Response auditor = ApiClient.as(port, "city.auditor").delete("/api/v1/calendar/days/2026-04-27");
        ApiClient.Response nobodyPut = anonymous().put("/api/v1/calendar/days/2026-10-14", day("holiday", "Nghỉ", "Off"));
        ApiClient.Response nobodyDelete = anonymous().delete("/api/v1/calendar/days/2026-04-27");
        // then
        assertThat(wardAdmin.status()).isEqualTo(403);
        assertThat(wardAdmin.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(nobodyPut.status()).isEqualTo(401);
        assertThat(nobodyPut.json().get("code").asString()).isEqualTo("unauthenticated");
        assertThat(nobodyDelete.status()).isEqualTo(401);
        // and nothing changed
        assertThat(working("2026-10-14")).isTrue();
        assertThat(working("2026-04-27")).isFalse();
    }

    @Test
    void restartKeepsWhatTheAdminChangedOrRemoved() {
        // given the admin renamed 1 September 2026 and removed 24 November 2026
        cityAdmin().put("/api/v1/calendar/days/2026-09-01", day("holiday", "Quốc khánh", "National Day (renamed)"));
        assertThat(cityAdmin().delete("/api/v1/calendar/days/2026-11-24").status()).isEqualTo(204);
        try {
            // when the shipped table is loaded again, as at every start
            seeder.run(null);
            // then
            assertThat(working("2026-11-24")).isTrue();
            assertThat(anonymous().get("/api/v1/calendar/working-day?date=2026-09-01").json().get("nameEn")
                    .asString()).isEqualTo("National Day (renamed)");
        } finally {
            cityAdmin().put("/api/v1/calendar/days/2026-09-01", day("holiday", "Quốc khánh", "National Day"));
            cityAdmin().put("/api/v1/calendar/days/2026-11-24",
                    day("holiday", "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day"));
        }
        assertThat(working("2026-11-24")).isFalse();
    }

    @Test
    void shippedTableIsLoadedAndItsLoadingAudited() {
        List<AuditEntry> loads = audit.recent("calendar-days", 10);
        assertThat(loads).extracting(AuditEntry::action).containsOnly("CALENDAR_DAYS_LOADED");
        assertThat(loads.get(loads.size() - 1).details()).containsEntry("count", 31)
                .containsEntry("years", List.of(2025, 2026));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void missingHolidayDataIsLoggedOncePerYear(CapturedOutput output) {
        // when two deadlines fall in 2150, which no other test reaches and for which nothing is recorded
        Deadline first = calendars.deadline(Instant.parse("2150-03-03T02:00:00Z"), BigDecimal.ONE);
        Deadline second = calendars.deadline(Instant.parse("2150-06-02T02:00:00Z"), BigDecimal.ONE);
        // then
        assertThat(first.calendarIncomplete()).isTrue();
        assertThat(second.calendarIncomplete()).isTrue();
        assertThat(output.getOut().split("No public holidays are recorded for 2150:", -1)).hasSize(2);
        // and a deadline within 2026 is complete
        assertThat(calendars.deadline(Instant.parse("2026-03-02T02:00:00Z"), BigDecimal.ONE).calendarIncomplete())
                .isFalse();
    }

    @Test
    void openApiDocumentsTheCalendarEndpoints() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/calendar/due")).isTrue();
        assertThat(paths.get("/api/v1/calendar/days/{date}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/calendar/days/{date}").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/calendar/due").get("get").get("tags").get(0).asString()).isEqualTo("Calendar");
    }
}
