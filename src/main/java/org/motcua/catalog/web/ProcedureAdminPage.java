package org.motcua.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.InvalidProcedureDefinitionException;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.VersionStatus;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/**
 * The city admin's procedure versions: every procedure with its versions and their status, a draft definition (YAML,
 * the structure of the definition files) to publish as the next version, and a button to retire each version.
 * {@link Catalog} validates the definition and audits ({@code PROCEDURE_PUBLISHED}, {@code PROCEDURE_RETIRED}).
 */
@PageController
class ProcedureAdminPage {

    private final Catalog catalog;

    ProcedureAdminPage(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/staff/admin/procedures")
    String list(@RequestParam(required = false) String done, @RequestParam(required = false) String code,
                @RequestParam(required = false) String version, Authentication who, Locale locale, Model model) {
        requireCityAdmin(who);
        String doneKey = "published".equals(done) ? "catalog.admin.done.published"
                : "retired".equals(done) ? "catalog.admin.done.retired" : null;
        model.addAttribute("done", doneKey);
        model.addAttribute("doneCode", code == null ? "" : code);
        model.addAttribute("doneVersion", version == null ? "" : version);
        return page(model, locale, "", FormErrors.none(), List.of());
    }

    @PostMapping("/staff/admin/procedures")
    String publish(@RequestParam(defaultValue = "") String definition, Authentication who, Locale locale,
                   Model model, HttpServletResponse response) {
        requireCityAdmin(who);
        FormErrors errors = FormErrors.none();
        List<String> problems = List.of();
        if (definition.isBlank()) {
            errors.add("definition", "catalog.admin.definition.missing");
        } else {
            try {
                ProcedureVersion published = catalog.publishYaml(definition, who.getName());
                return "redirect:" + UriComponentsBuilder.fromPath("/staff/admin/procedures")
                        .queryParam("done", "published").queryParam("code", published.code())
                        .queryParam("version", published.version()).encode().build().toUriString();
            } catch (InvalidProcedureDefinitionException e) {
                errors.add("definition", "catalog.admin.definition.invalid");
                problems = e.errors().stream().map(p -> p.field() + ": " + p.message()).toList();
            }
        }
        response.setStatus(400);
        model.addAttribute("done", null);
        model.addAttribute("doneCode", "");
        model.addAttribute("doneVersion", "");
        return page(model, locale, definition, errors, problems);
    }

    @PostMapping("/staff/admin/procedures/{code}/versions/{version}/retire")
    String retire(@PathVariable String code, @PathVariable int version, Authentication who, Locale locale,
                  Model model, HttpServletResponse response) {
        requireCityAdmin(who);
        catalog.findVersion(code, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            catalog.retire(code, version, who.getName(), null);
        } catch (ProblemException e) {
            if (e.code() != ErrorCode.PROCEDURE_VERSION_RETIRED) {
                throw e;
            }
            response.setStatus(400);
            model.addAttribute("done", null);
            model.addAttribute("doneCode", "");
            model.addAttribute("doneVersion", "");
            return page(model, locale, "", FormErrors.none().add("procedures", "catalog.admin.retired-already"),
                    List.of());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/staff/admin/procedures").queryParam("done", "retired")
                .queryParam("code", code).queryParam("version", version).encode().build().toUriString();
    }

    private String page(Model model, Locale locale, String definition, FormErrors errors, List<String> problems) {
        boolean english = "en".equals(locale.getLanguage());
        List<ProcedureAdminRow> rows = catalog.codes().stream()
                .map(code -> ProcedureAdminRow.of(catalog.versions(code), english)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("definition", definition);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        return "catalog/admin";
    }

    static String statusKey(VersionStatus status) {
        return "catalog.admin.status." + status.code();
    }

    private static void requireCityAdmin(Authentication who) {
        if (who.getAuthorities().stream().noneMatch(a -> "ROLE_CITY_ADMIN".equals(a.getAuthority()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
