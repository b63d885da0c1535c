package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;

/**
 * An address that matches nothing, asked for by a browser ({@code Accept: text/html}): the friendly "page not found"
 * page. Clients asking for JSON still get the API's problem+json.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPages {

    private final WebConfiguration.PageContexts pages;

    NotFoundPages(ApplicationContext context) {
        this.pages = new WebConfiguration.PageContexts(context);
    }

    @ExceptionHandler(exception = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView(ErrorPages.NOT_FOUND, Map.of("page", pages.of(request)), HttpStatus.NOT_FOUND);
    }
}
