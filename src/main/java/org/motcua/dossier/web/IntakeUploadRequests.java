package org.motcua.dossier.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scans posted to the counter intake's upload page are parsed here, before the security filters read the CSRF
 * token: a request over the platform's upload limit then reaches the page (marked {@link #TOO_LARGE}, with only the
 * parameters of its address, where the page's form puts the token) and comes back as the page's error summary with
 * the draft intact, instead of a failure before any controller.
 */
@Component
@Order(-110) // after the character encoding, before Spring Security (-100)
class IntakeUploadRequests extends OncePerRequestFilter {

    /** Request attribute: true when the upload was refused for its size, "unreadable" for another parse failure. */
    static final String TOO_LARGE = IntakeUploadRequests.class.getName() + ".tooLarge";
    static final String UNREADABLE = IntakeUploadRequests.class.getName() + ".unreadable";

    private static final Pattern UPLOADS = Pattern.compile("^/staff/intake/[^/]+/uploads$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !UPLOADS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException failed) {
            request.setAttribute(tooLarge(failed) ? TOO_LARGE : UNREADABLE, Boolean.TRUE);
            chain.doFilter(new QueryParametersOnly(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    /** A multipart request whose body could not be read: its address's parameters only, and no parts. */
    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            if (request.getQueryString() != null) {
                UriComponentsBuilder.fromUriString("?" + request.getQueryString()).build(true).getQueryParams()
                        .forEach((name, values) -> parameters.put(decode(name), values.stream()
                                .map(QueryParametersOnly::decode).toArray(String[]::new)));
            }
        }

        private static String decode(String value) {
            return value == null ? "" : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
