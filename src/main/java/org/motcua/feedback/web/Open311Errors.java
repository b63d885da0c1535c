package org.motcua.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every failure of the Open311 API in the Open311 error format — {@code [{"code":400,"description":"…"}]} or
 * {@code <errors><error><code>400</code><description>…</description></error></errors>} — with the same HTTP status.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final JsonMapper json;

    Open311Errors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<byte[]> open311(Open311Error e, HttpServletRequest request) {
        ResponseEntity<byte[]> response = respond(e.status(), List.of(e.getMessage()), request);
        if (e.retryAfter() > 0) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter())).body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<byte[]> problem(ProblemException e, HttpServletRequest request) {
        List<String> descriptions = new ArrayList<>();
        for (FieldProblem f : e.errors()) {
            descriptions.add(open311Name(f.field()) + " " + f.message());
        }
        if (descriptions.isEmpty()) {
            descriptions.add(e.getMessage());
        }
        return respond(Open311Controller.statusOf(e), descriptions, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException) {
            return respond(405, List.of("method not allowed"), request);
        }
        if (e instanceof org.springframework.web.HttpMediaTypeNotSupportedException) {
            return respond(400, List.of("send application/x-www-form-urlencoded"), request);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Open311 request failed, incident {}", incident, e);
        return respond(500, List.of("unexpected error, incident " + incident), request);
    }

    private ResponseEntity<byte[]> respond(int status, List<String> descriptions, HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String d : descriptions) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", status);
            error.put("description", d);
            errors.add(error);
        }
        return Open311Writer.write(status, format, "errors", "error", errors, json);
    }

    private static String open311Name(String field) {
        return switch (field) {
            case "latitude" -> "lat";
            case "longitude" -> "long";
            case "address" -> "address_string";
            case "ward" -> "address_id";
            case "contactEmail" -> "email";
            case "contactPhone" -> "phone";
            case "contactName" -> "first_name/last_name";
            case "mediaUrl" -> "media_url";
            default -> field;
        };
    }
}
