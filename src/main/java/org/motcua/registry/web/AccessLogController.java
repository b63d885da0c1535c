package org.motcua.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.problem.ProblemException;
import org.motcua.registry.AccessLogPage;
import org.motcua.registry.AccessLogQuery;
import org.motcua.registry.RegistryAccessLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

@RestController
@Tag(name = "Registries")
class AccessLogController {

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RegistryAccessLog log;

    AccessLogController(RegistryAccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/registry/access-log")
    @PreAuthorize("hasAnyRole('CITY_AUDITOR','CITY_ADMIN')")
    @Operation(summary = "Search the registry access log (city auditor, city administrator)",
            description = "from/to: a date (city time; to includes that whole day) or an ISO date-time with offset. "
                    + "purpose: exact, or a prefix ending in * (e.g. prefill:*).")
    AccessLogPage search(@RequestParam(required = false) String subject,
                         @RequestParam(required = false) String reader,
                         @RequestParam(required = false) String purpose,
                         @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        return log.search(new AccessLogQuery(subject, reader, purpose, instant("from", from, false),
                instant("to", to, true)), page, size);
    }

    /** A date (start of the day in city time; for {@code to}, the start of the next day) or an offset date-time. */
    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(CITY).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw ProblemException.invalidParameter(name,
                    "must be a date (2026-03-01) or a date-time with offset (2026-03-01T08:00:00+07:00)");
        }
    }
}
