package org.motcua.dossier.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The scans posted to the counter intake's upload page are parsed by the page itself, not before it: a file over the
 * platform's upload limit then comes back as the page's error summary, with the draft intact, instead of the API's
 * 413 problem (the dispatcher parses multipart requests before choosing the controller, and skips those already
 * wrapped like this).
 */
@Component
class IntakeUploadRequests extends OncePerRequestFilter {

    private static final Pattern UPLOADS = Pattern.compile("^/staff/intake/[^/]+/uploads$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || !UPLOADS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new StandardMultipartHttpServletRequest(request, true), response);
    }
}
