package org.motcua.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure of an API call into RFC 9457 problem details with a stable {@code code}. Exception messages of
 * unexpected errors are logged with an incident id and never sent to the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        ProblemDetail problem = Problems.of(e.code(), e.getMessage(), e.errors());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleDenied(Exception e) {
        return respond(Problems.of(ErrorCode.FORBIDDEN, "Your roles do not allow this", List.of()));
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ResponseEntity<ProblemDetail> handleUnauthenticated(Exception e) {
        return respond(Problems.of(ErrorCode.UNAUTHENTICATED, "Log in to use this part of the API", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error, incident {}", incident, e);
        ProblemDetail problem = Problems.of(ErrorCode.INTERNAL_ERROR,
                "An unexpected error occurred. Quote incident " + incident + " when reporting it.", List.of());
        problem.setProperty("incident", incident);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = translate(ex, status);
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, responseHeaders, status);
    }

    private ProblemDetail translate(Exception ex, HttpStatusCode status) {
        if (ex instanceof MissingServletRequestParameterException missing) {
            return Problems.of(ErrorCode.INVALID_PARAMETER, status,
                    "The parameter '" + missing.getParameterName() + "' is required",
                    List.of(new FieldProblem(missing.getParameterName(), "is required")));
        }
        if (ex instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
            String expected = mismatch.getRequiredType() == null ? "another type"
                    : mismatch.getRequiredType().getSimpleName();
            return Problems.of(ErrorCode.INVALID_PARAMETER, status,
                    "The parameter '" + name + "' has an invalid value '" + mismatch.getValue() + "'",
                    List.of(new FieldProblem(name, "must be a valid " + expected)));
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            List<FieldProblem> errors = new ArrayList<>();
            invalid.getBindingResult().getFieldErrors()
                    .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
            invalid.getBindingResult().getGlobalErrors()
                    .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
            return Problems.of(ErrorCode.INVALID_BODY, status, "The request body has invalid fields", errors);
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            List<FieldProblem> errors = new ArrayList<>();
            invalid.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> errors.add(
                    new FieldProblem(r.getMethodParameter().getParameterName(), e.getDefaultMessage()))));
            return Problems.of(ErrorCode.INVALID_PARAMETER, status, "Some parameters are invalid", errors);
        }
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return Problems.of(ErrorCode.FILE_TOO_LARGE, org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                    "The upload is larger than the platform accepts", List.of());
        }
        if (ex instanceof org.springframework.web.multipart.support.MissingServletRequestPartException part) {
            return Problems.of(ErrorCode.INVALID_PARAMETER, status,
                    "The part '" + part.getRequestPartName() + "' is required",
                    List.of(new FieldProblem(part.getRequestPartName(), "is required")));
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return Problems.of(ErrorCode.INVALID_BODY, status,
                    "The request body is missing or is not valid JSON of the expected shape", List.of());
        }
        if (ex instanceof NoResourceFoundException) {
            return Problems.of(ErrorCode.NOT_FOUND, status, "There is nothing at this address", List.of());
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return Problems.of(ErrorCode.METHOD_NOT_ALLOWED, status,
                    "The method " + method.getMethod() + " is not supported here", List.of());
        }
        if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
            return Problems.of(ErrorCode.NOT_ACCEPTABLE, status, "This resource cannot be sent in the format asked for "
                    + "in the Accept header", List.of());
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return Problems.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, status, "Send application/json", List.of());
        }
        ErrorCode code = status.is4xxClientError() ? ErrorCode.INVALID_PARAMETER : ErrorCode.INTERNAL_ERROR;
        return Problems.of(code, status, status.is4xxClientError() ? "The request is invalid"
                : "An unexpected error occurred", List.of());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
