package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.dossier.DossierNotFound;
import org.motcua.dossier.DossierQueries;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The public status look-up by dossier code (tra cứu hồ sơ), without logging in and without personal data: the
 * receipt's QR code leads here ({@code /lookup?code=}). Shares the rate limit of the API's public look-up.
 */
@PageController
class StatusLookupPage {

    /** Agency code, receipt date, daily sequence: {@code 000.00.01.H29-250701-0001}. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.]{1,40}-\\d{6}-\\d{4}");

    private final DossierQueries queries;
    private final PublicLookupRateLimiter limiter;
    private final ZoneId zone;

    StatusLookupPage(DossierQueries queries, PublicLookupRateLimiter limiter,
                     @Value("${motcua.calendar.zone}") ZoneId zone) {
        this.queries = queries;
        this.limiter = limiter;
        this.zone = zone;
    }

    @GetMapping("/lookup")
    String lookUp(@RequestParam(required = false) String code, Locale locale, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("errors", FormErrors.none());
        if (code == null) {
            return "dossier/lookup";
        }
        String trimmed = code.strip();
        if (trimmed.isEmpty() || !CODE.matcher(trimmed).matches()) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.none()
                    .add("code", trimmed.isEmpty() ? "dossier.lookup.code.missing" : "dossier.lookup.code.format"));
            return "dossier/lookup";
        }
        long wait = limiter.acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            model.addAttribute("wait", wait);
            return "dossier/lookupTooMany";
        }
        try {
            model.addAttribute("status", StatusLookupView.of(queries.publicStatus(trimmed), zone, locale));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            return "dossier/lookupResult";
        } catch (DossierNotFound notFound) {
            response.setStatus(404);
            return "dossier/lookupNotFound";
        }
    }
}
