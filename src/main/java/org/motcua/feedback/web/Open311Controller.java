package org.motcua.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.feedback.Categories;
import org.motcua.feedback.Category;
import org.motcua.feedback.CategoryAttribute;
import org.motcua.feedback.FeedbackChannel;
import org.motcua.feedback.FeedbackIntake;
import org.motcua.feedback.FeedbackProperties;
import org.motcua.feedback.NewReport;
import org.motcua.feedback.Open311Keys;
import org.motcua.feedback.Open311Request;
import org.motcua.feedback.Open311Requests;
import org.motcua.feedback.Submitted;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 GeoReport v2 (<a href="https://wiki.open311.org/GeoReport_v2/">specification</a>) at {@code /open311/v2/}:
 * service discovery by category, service definitions (attributes), posting a request (form-encoded, with
 * {@code api_key}), the request search, one request and the token look-up, each as {@code .json} or {@code .xml}.
 * Statuses are {@code open} and {@code closed}; errors use the Open311 error format.
 */
@RestController
class Open311Controller {

    static final String BASE = "/open311/v2";
    private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\]]+)]$");

    private final Categories categories;
    private final FeedbackIntake intake;
    private final Open311Requests requests;
    private final Open311Keys keys;
    private final FeedbackProperties properties;
    private final SubmissionRateLimiter limiter;
    private final WorkingCalendars calendars;
    private final JsonMapper json;

    Open311Controller(Categories categories, FeedbackIntake intake, Open311Requests requests, Open311Keys keys,
                      FeedbackProperties properties, SubmissionRateLimiter limiter, WorkingCalendars calendars,
                      JsonMapper json) {
        this.categories = categories;
        this.intake = intake;
        this.requests = requests;
        this.keys = keys;
        this.properties = properties;
        this.limiter = limiter;
        this.calendars = calendars;
        this.json = json;
    }

    @GetMapping(BASE + "/services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format, @RequestParam MultiValueMap<String, String> q) {
        checkFormat(format);
        checkJurisdiction(q);
        List<Map<String, Object>> services = new ArrayList<>();
        for (Category c : categories.leaves()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.code());
            s.put("service_name", c.nameVi());
            s.put("description", c.nameEn());
            s.put("metadata", !c.attributes().isEmpty());
            s.put("type", "realtime");
            s.put("keywords", String.join(",", c.keywords()));
            s.put("group", categories.find(c.parentCode()).map(Category::nameVi).orElse(null));
            services.add(s);
        }
        return Open311Writer.write(200, format, "services", "service", services, json);
    }

    @GetMapping(BASE + "/services/{code}.{format}")
    ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam MultiValueMap<String, String> q) {
        checkFormat(format);
        checkJurisdiction(q);
        Category category = categories.find(code).filter(Category::leaf)
                .orElseThrow(() -> new Open311Error(404, "service_code '" + code + "' not found"));
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (CategoryAttribute a : category.attributes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variable", true);
            m.put("code", a.code());
            m.put("datatype", a.datatype());
            m.put("required", a.required());
            m.put("datatype_description", a.values().isEmpty() ? null : "one of the keys");
            m.put("order", a.order());
            m.put("description", a.description());
            if (!a.values().isEmpty()) {
                List<Map<String, Object>> values = new ArrayList<>();
                a.values().forEach(v -> {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("key", v.key());
                    value.put("name", v.name());
                    values.add(value);
                });
                m.put("values", values);
            }
            attributes.add(m);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", attributes);
        return Open311Writer.writeObject(format, "service_definition", definition, json);
    }

    @PostMapping(BASE + "/requests.{format}")
    ResponseEntity<byte[]> post(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
                                HttpServletRequest request) {
        checkFormat(format);
        checkJurisdiction(form);
        if (!keys.valid(form.getFirst("api_key"))) {
            throw new Open311Error(403, "api_key is missing or invalid");
        }
        long wait = limiter.acquire("open311|" + request.getRemoteAddr());
        if (wait > 0) {
            throw new Open311Error(429, "Too many requests from this client; retry after " + wait + " s", wait);
        }
        String serviceCode = form.getFirst("service_code");
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new Open311Error(400, "service_code is required");
        }
        if (categories.find(serviceCode).filter(Category::leaf).isEmpty()) {
            throw new Open311Error(404, "service_code '" + serviceCode + "' not found");
        }
        String name = join(form.getFirst("first_name"), form.getFirst("last_name"));
        NewReport report = new NewReport(serviceCode, form.getFirst("description"), number(form, "lat"),
                number(form, "long"), form.getFirst("address_string"), form.getFirst("address_id"), name,
                form.getFirst("phone"), form.getFirst("email"), attributes(form.toSingleValueMap()),
                form.getFirst("device_id"), form.getFirst("media_url"));
        Submitted submitted = intake.submit(report, FeedbackChannel.OPEN311, null, null, List.of());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", String.valueOf(submitted.id()));
        created.put("token", submitted.open311Token());
        created.put("service_notice", "Expected answer by " + Open311Writer.datetime(submitted.dueAt(), zone()));
        created.put("account_id", null);
        // 200 as in the specification's examples: stock clients expect it, not 201
        return Open311Writer.write(200, format, "service_requests", "request", List.of(created), json);
    }

    @GetMapping(BASE + "/requests.{format}")
    ResponseEntity<byte[]> search(@PathVariable String format, @RequestParam MultiValueMap<String, String> q) {
        checkFormat(format);
        checkJurisdiction(q);
        List<Long> ids = new ArrayList<>();
        for (String id : split(q.getFirst("service_request_id"))) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // an id that cannot exist matches nothing
            }
        }
        String status = q.getFirst("status");
        if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed")) {
            throw new Open311Error(400, "status must be open or closed");
        }
        List<Open311Request> found = requests.search(ids, new java.util.HashSet<>(split(q.getFirst("service_code"))),
                date(q, "start_date"), date(q, "end_date"), status == null || status.isBlank() ? null : status);
        return Open311Writer.write(200, format, "service_requests", "request",
                found.stream().map(this::toMap).toList(), json);
    }

    @GetMapping(BASE + "/requests/{id}.{format}")
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format,
                               @RequestParam MultiValueMap<String, String> q) {
        checkFormat(format);
        checkJurisdiction(q);
        Open311Request found;
        try {
            found = requests.one(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            found = null;
        }
        if (found == null) {
            throw new Open311Error(404, "service_request_id '" + id + "' not found");
        }
        return Open311Writer.write(200, format, "service_requests", "request", List.of(toMap(found)), json);
    }

    @GetMapping(BASE + "/tokens/{token}.{format}")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
                                 @RequestParam MultiValueMap<String, String> q) {
        checkFormat(format);
        checkJurisdiction(q);
        long id = requests.idOfToken(token).orElseThrow(() -> new Open311Error(404, "token not found"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(id));
        m.put("token", token);
        return Open311Writer.write(200, format, "service_requests", "request", List.of(m), json);
    }

    private Map<String, Object> toMap(Open311Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", r.serviceRequestId());
        m.put("status", r.status());
        m.put("status_notes", r.statusNotes());
        m.put("service_name", r.serviceName());
        m.put("service_code", r.serviceCode());
        m.put("description", r.description());
        m.put("agency_responsible", r.agencyResponsible());
        m.put("service_notice", r.serviceNotice());
        m.put("requested_datetime", Open311Writer.datetime(r.requestedDatetime(), zone()));
        m.put("updated_datetime", Open311Writer.datetime(r.updatedDatetime(), zone()));
        m.put("expected_datetime", Open311Writer.datetime(r.expectedDatetime(), zone()));
        m.put("address", r.address());
        m.put("address_id", r.addressId());
        m.put("zipcode", null);
        m.put("lat", r.lat());
        m.put("long", r.lon());
        m.put("media_url", r.mediaUrl());
        return m;
    }

    /** {@code attribute[code]} form fields, by code. */
    static Map<String, String> attributes(Map<String, String> fields) {
        Map<String, String> attributes = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            Matcher m = ATTRIBUTE.matcher(k);
            if (m.matches()) {
                attributes.put(m.group(1), v);
            }
        });
        return attributes;
    }

    private void checkFormat(String format) {
        if (!"json".equals(format) && !"xml".equals(format)) {
            throw new Open311Error(404, "format must be json or xml");
        }
    }

    private void checkJurisdiction(MultiValueMap<String, String> q) {
        String jurisdiction = q.getFirst("jurisdiction_id");
        if (jurisdiction != null && !jurisdiction.isBlank()
                && !jurisdiction.equals(properties.open311JurisdictionId())) {
            throw new Open311Error(404, "jurisdiction_id '" + jurisdiction + "' not found");
        }
    }

    private ZoneId zone() {
        return calendars.current().zone();
    }

    private static Double number(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new Open311Error(400, name + " must be a number");
        }
    }

    private static Instant date(MultiValueMap<String, String> q, String name) {
        String v = q.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, name + " must be a W3C date-time such as 2026-11-01T00:00:00+07:00");
        }
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String join(String first, String last) {
        String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    static int statusOf(ProblemException e) {
        ErrorCode code = e.code();
        if (code == ErrorCode.INVALID_FEEDBACK || code == ErrorCode.INVALID_PARAMETER
                || code == ErrorCode.FEEDBACK_LOCATION_MISSING) {
            return 400;
        }
        return code.status().value();
    }
}
