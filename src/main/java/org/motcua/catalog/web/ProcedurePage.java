package org.motcua.catalog.web;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.organization.Units;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.Locale;

/**
 * The page of one procedure: what it is for, who decides, the time limit, fees, what is read from registries and what
 * is uploaded, how far it can be done online, and "Start now" ({@code /apply/{code}}).
 */
@PageController
class ProcedurePage {

    private final Catalog catalog;
    private final Units units;

    ProcedurePage(Catalog catalog, Units units) {
        this.catalog = catalog;
        this.units = units;
    }

    @GetMapping("/procedures/{code}")
    String procedure(@PathVariable String code, Locale locale, Model model) {
        ProcedureVersion version = catalog.findCurrent(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("procedure", ProcedureDetails.of(version.definition(), units, locale));
        return "catalog/procedure";
    }
}
