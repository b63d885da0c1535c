package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;

/**
 * Failures of {@link PageController}s: the friendly error page (logged with its cause), before the API's
 * problem+json handler sees them.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final WebConfiguration.PageContexts pages;

    PageExceptionHandler(ApplicationContext context) {
        this.pages = new WebConfiguration.PageContexts(context);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request) throws Exception {
        if (failure instanceof org.springframework.security.access.AccessDeniedException
                || failure instanceof org.springframework.security.core.AuthenticationException) {
            throw failure; // Spring Security turns these into a login redirect or a 403
        }
        HttpStatus status = failure instanceof ResponseStatusException rse
                ? HttpStatus.valueOf(rse.getStatusCode().value())
                : failure instanceof NoResourceFoundException ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("Page {} failed", request.getRequestURI(), failure);
        }
        return new ModelAndView(status == HttpStatus.NOT_FOUND ? ErrorPages.NOT_FOUND : ErrorPages.PROBLEM,
                Map.of("page", pages.of(request)), status);
    }
}
