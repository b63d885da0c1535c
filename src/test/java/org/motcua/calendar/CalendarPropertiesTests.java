package org.motcua.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CalendarPropertiesTests {

    private static CalendarProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("motcua.calendar", CalendarProperties.class);
    }

    @Test
    void defaultsAreHoChiMinhCityHoursAndCutoffAt1500() {
        // when
        WorkingCalendar calendar = bind(Map.of()).calendar(Set.of(), Set.of());
        // then
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(calendar.periods()).hasToString("[07:30-11:30, 13:00-17:00]");
        assertThat(calendar.sameDayCutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void environmentVariablesNamedInApplicationYmlSetTheHours() throws IOException {
        // given the shipped application.yml and the three environment variables
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", Map.of(
                "MOTCUA_CALENDAR_ZONE", "Asia/Bangkok",
                "MOTCUA_CALENDAR_HOURS", "08:00-12:00,13:30-17:30",
                "MOTCUA_CALENDAR_SAME_DAY_CUTOFF", "16:00")));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        // when
        WorkingCalendar calendar = Binder.get(environment).bind("motcua.calendar", CalendarProperties.class)
                .get().calendar(Set.of(LocalDate.of(2026, 1, 1)), Set.of());
        // then
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThat(calendar.periods()).hasToString("[08:00-12:00, 13:30-17:30]");
        assertThat(calendar.sameDayCutoff()).isEqualTo(LocalTime.of(16, 0));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void invalidSettingsStopTheStartWithAClearMessage() {
        assertThat(bindingFailure("motcua.calendar.hours", "07:30-11:30,11:00-17:00")).contains("overlap");
        assertThat(bindingFailure("motcua.calendar.hours", "7:30-17:00")).contains("not a working period");
        assertThat(bindingFailure("motcua.calendar.zone", "Saigon")).contains("not a time zone");
        assertThat(bindingFailure("motcua.calendar.same-day-cutoff", "3pm")).contains("not a time of day");
        assertThat(bindingFailure("motcua.calendar.same-day-cutoff", "18:00")).contains("cut-off");
    }

    /** The message explaining why binding {@code name=value} failed. */
    private static String bindingFailure(String name, String value) {
        Throwable failure = catchThrowable(() -> bind(Map.of(name, value)));
        assertThat(failure).as(name + "=" + value).isInstanceOf(BindException.class);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Invalid motcua.calendar settings")) {
                return cause.getMessage();
            }
        }
        throw new AssertionError("No explanation in " + failure);
    }
}
