package org.motcua.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A login started with a provider that is not configured or cannot be reached goes back to the login page with an
 * explanation, instead of Spring Security's bare error 500.
 */
final class UnreachableProviderRedirect extends OncePerRequestFilter {

    private static final String PREFIX = "/oauth2/authorization/";

    private final PlatformClientRegistrations registrations;

    UnreachableProviderRedirect(PlatformClientRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PREFIX)) {
            String id = path.substring(PREFIX.length());
            if (registrations.findByRegistrationId(id) == null) {
                response.sendRedirect(request.getContextPath() + "/login?unavailable");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
