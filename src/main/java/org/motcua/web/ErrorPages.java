package org.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The friendly pages for errors of HTML requests (the servlet container's error dispatch to {@code /error}): "page
 * not found" for 404, "sorry, there is a problem with the service" for everything else. Never the exception text.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String NOT_FOUND = "web/notFound";
    static final String PROBLEM = "web/problem";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return new ModelAndView(status == HttpStatus.NOT_FOUND ? NOT_FOUND : PROBLEM, Map.of(), status);
    }
}
