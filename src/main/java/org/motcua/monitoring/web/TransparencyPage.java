package org.motcua.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.monitoring.DossierContribution;
import org.motcua.monitoring.Indicators;
import org.motcua.monitoring.Period;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.YearMonth;
import java.util.List;

/**
 * The public transparency page: each unit's service-quality index and group points for a month, quarter or year
 * (this month when none is asked for), like the national portal's.
 */
@PageController
class TransparencyPage {

    private final Indicators indicators;

    TransparencyPage(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/service-quality")
    String show(@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        String asked = period == null || period.isBlank() ? YearMonth.now(DossierContribution.ZONE).toString()
                : period.strip();
        model.addAttribute("period", asked);
        Period p;
        try {
            p = Period.parse(asked);
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.none().add("period", "monitoring.page.period.invalid"));
            model.addAttribute("units", List.of());
            return "monitoring/transparency";
        }
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("units", indicators.publicIndex(p).stream().map(PublicIndex::of).toList());
        return "monitoring/transparency";
    }
}
